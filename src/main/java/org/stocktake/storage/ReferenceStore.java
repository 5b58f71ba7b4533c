package org.stocktake.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.reference.LedgerPayment;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;

/** The register and the ledger in force, kept in the database so a refused file leaves them as they were. */
@Repository
public class ReferenceStore {

    private final JdbcClient jdbc;

    public ReferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Register register() {
        return new Register(jdbc.sql("SELECT area_code, area_name, strand, first_period, last_period FROM register_entry"
                        + " ORDER BY area_code, first_period")
                .query((rs, n) -> new RegisterEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Period.of(rs.getString(4)), rs.getString(5) == null ? null : Period.of(rs.getString(5))))
                .list());
    }

    public List<LedgerPayment> ledger() {
        return jdbc.sql("SELECT area_code, department, period, amount, reference FROM ledger_payment ORDER BY id")
                .query((rs, n) -> new LedgerPayment(rs.getString(1), rs.getString(2), Period.of(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** The SHA-256 of the file the named reference data was last loaded from. */
    public Optional<String> loadedSha(String name) {
        return jdbc.sql("SELECT sha256 FROM reference_load WHERE name = ?").param(name).query(String.class).optional();
    }

    @Transactional
    public void replaceRegister(Register register, String sha256) {
        jdbc.sql("DELETE FROM register_entry").update();
        for (RegisterEntry e : register.entries()) {
            jdbc.sql("INSERT INTO register_entry (area_code, area_name, strand, first_period, last_period)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(e.areaCode(), e.areaName(), e.strand(), e.firstPeriod().toString(),
                            e.lastPeriod() == null ? null : e.lastPeriod().toString())
                    .update();
        }
        recordLoad("pilots", sha256, register.entries().size());
    }

    @Transactional
    public void replaceLedger(List<LedgerPayment> payments, String sha256) {
        jdbc.sql("DELETE FROM ledger_payment").update();
        for (LedgerPayment p : payments) {
            jdbc.sql("INSERT INTO ledger_payment (area_code, department, period, amount, reference) VALUES (?, ?, ?, ?, ?)")
                    .params(p.areaCode(), p.department(), p.period().toString(), p.amount(), p.reference())
                    .update();
        }
        recordLoad("ledger", sha256, payments.size());
    }

    private void recordLoad(String name, String sha256, int rows) {
        jdbc.sql("DELETE FROM reference_load WHERE name = ?").param(name).update();
        jdbc.sql("INSERT INTO reference_load (name, sha256, rows_loaded, loaded_at) VALUES (?, ?, ?, ?)")
                .params(name, sha256, rows, Timestamp.from(Instant.now())).update();
    }
}
