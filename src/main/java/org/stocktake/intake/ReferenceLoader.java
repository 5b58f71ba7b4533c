package org.stocktake.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stocktake.reference.ReferenceCsv;
import org.stocktake.reference.ReferenceDataException;
import org.stocktake.reference.Register;
import org.stocktake.storage.ReferenceStore;

/**
 * Brings the register ({@code pilots.csv}) and the ledger ({@code ledger.csv}) of a reference folder into the
 * database when they have changed. A refused file leaves the data in force as it was (standard §7).
 */
@Component
public class ReferenceLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

    private final ReferenceStore store;

    ReferenceLoader(ReferenceStore store) {
        this.store = store;
    }

    /**
     * Loads what changed.
     *
     * @return one line per refused file (empty when all is well)
     * @throws IllegalStateException when no register is in force at all, so no return can be checked
     */
    public List<String> load(Path dir) {
        List<String> problems = new ArrayList<>();
        Path pilots = dir.resolve("pilots.csv");
        Path ledger = dir.resolve("ledger.csv");
        try {
            String sha = Sha256.of(pilots);
            if (!store.loadedSha("pilots").orElse("").equals(sha)) {
                Register register = ReferenceCsv.readRegister(pilots);
                store.replaceRegister(register, sha);
                log.info("Loaded the register from {}: {} rows", pilots, register.entries().size());
            }
        } catch (IOException | ReferenceDataException e) {
            problems.add(refused(pilots, e));
        }
        try {
            String sha = Sha256.of(ledger);
            if (!store.loadedSha("ledger").orElse("").equals(sha)) {
                var payments = ReferenceCsv.readLedger(ledger);
                store.replaceLedger(payments, sha);
                log.info("Loaded the ledger from {}: {} payments", ledger, payments.size());
            }
        } catch (IOException | ReferenceDataException e) {
            problems.add(refused(ledger, e));
        }
        if (store.loadedSha("pilots").isEmpty()) {
            throw new IllegalStateException("no register of pilot areas is in force: " + String.join("; ", problems));
        }
        return problems;
    }

    private static String refused(Path file, Exception e) {
        String reason = e instanceof IOException ? file + " cannot be read (" + e.getMessage() + ")" : e.getMessage();
        log.warn("Reference file refused, the data already in force stays: {}", reason);
        return "reference file refused: " + reason;
    }
}
