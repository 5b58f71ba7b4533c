package org.stocktake.pack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.standard.Period;
import org.stocktake.testing.TestDatabase;

/**
 * Packs to render: four areas over two periods (accepted, accepted with warnings with one explained, rejected,
 * missing), and every upper-tier authority (152) with synthetic accepted returns for 2012-13 Q1 and Q2.
 */
final class PackScenario {

    /** England's upper-tier authorities of 2012 in the team's shared reference data. */
    static final Path AUTHORITIES = Path.of("../shared/reference/upper-tier-authorities-2012.csv");

    private PackScenario() {
    }

    static TestDatabase create(TestDatabase db) {
        db.register("E06000001", "Hartlepool", "2012-13 Q1", null);
        db.register("E06000002", "Middlesbrough", "2012-13 Q1", null);
        db.register("E06000003", "Redcar and Cleveland", "2012-13 Q1", null);
        db.register("E06000004", "Stockton-on-Tees", "2012-13 Q1", null);

        long h1 = db.accepted("E06000001", "Hartlepool", "2012-13 Q1", "ACCEPTED", 11500, 300, 800, 250);
        db.line(h1, "DWP", "Troubled families", "Central", "Pooled", "1000000.00", "100000.00", "50000.00");
        long m1 = db.accepted("E06000002", "Middlesbrough", "2012-13 Q1", "ACCEPTED", 10900, 100, 400, 80);
        db.line(m1, "DCLG", "Community budget", "Central", "Virtual pool", "50000.00", "10000.00", "5000.00");
        db.accepted("E06000003", "Redcar and Cleveland", "2012-13 Q1", "ACCEPTED", 500, 10, 20, 5);

        long h2 = db.accepted("E06000001", "Hartlepool", "2012-13 Q2", "ACCEPTED", 12000, 200, 1000, 300);
        db.line(h2, "DWP", "Troubled families", "Central", "Pooled", "1000000.00", "250000.50", "125000.25");
        db.line(h2, "Local authority", "Early help", "Local", "Pooled", "234567.89", "1000.00", "999.99");
        db.line(h2, "Police", "Neighbourhood policing", "Local", "Aligned", "500.10", "100.01", "0.00");
        db.ledger("E06000001", "DWP", "2012-13 Q1", "100000.00");
        db.ledger("E06000001", "DWP", "2012-13 Q2", "150000.00");

        long m2 = db.accepted("E06000002", "Middlesbrough", "2012-13 Q2", "ACCEPTED_WITH_WARNINGS", 10990, 120, 520,
                100);
        db.line(m2, "DCLG", "Community budget", "Central", "Virtual pool", "50000.00", "20000.00", "10000.00");
        db.line(m2, "Health", "Public health", "Local", "In kind", "7000.00", "3000.00", "1000.00");
        db.issue(m2, "FUND-RECEIVED-GT-COMMITTED", "W", "Funding", "F7",
                "Funding!F7: received to date £3,000.00 is more than committed this year", 
                "Arrears from 2011-12 paid in July");
        db.issue(m2, "COV-SIGNOFF-SELF", "W", "Cover", "B9", "Cover!B9: signed off by the contact themself", "");
        db.ledger("E06000002", "DCLG", "2012-13 Q2", "20000.00");

        long r2 = db.submission("E06000003", "2012-13 Q2", "REJECTED");
        db.issue(r2, "FUND-MONEY", "E", "Funding", "F14",
                "Funding!F14: \"12,5O0\" is not an amount of money; enter a number such as 12500", "");
        db.issue(r2, "COV-EMAIL", "E", "Cover", "B7", "Cover!B7: \"pat at example\" is not an e-mail address", "");
        return db;
    }

    /**
     * One area per authority in {@code csv}, each with an accepted return for 2012-13 Q1 and Q2 (every fifth with
     * a warning, every tenth explained), five budget lines and ledger payments (every seventh short in Q2), written
     * into an empty database.
     */
    static TestDatabase everyAuthority(TestDatabase db, Path csv) throws IOException {
        Period period = Period.of("2012-13 Q2");
        List<CSVRecord> authorities;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            authorities = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        int i = 0;
        for (CSVRecord a : authorities) {
            String code = a.get("gss_code_2012");
            String name = a.get("name");
            db.register(code, name, "2012-13 Q1", null);
            i++;
            for (Period p : List.of(period.previous(), period)) {
                long identified = 500 + i * 37L;
                long helped = 40 + i * 3L + (p.equals(period) ? 25 : 0);
                long id = db.accepted(code, name, p.toString(), i % 5 == 0 ? "ACCEPTED_WITH_WARNINGS" : "ACCEPTED",
                        identified, 25, helped, helped / 3);
                int q = p.quarter();
                db.line(id, "DWP", "Troubled families", "Central", "Pooled", "400000.00", q * 50000 + ".00", q * 20000 + ".50");
                db.line(id, "DCLG", "Community budget", "Central", "Virtual pool", "150000.00", q * 10000 + ".00", "0.00");
                db.line(id, "Local authority", "Early help", "Local", "Pooled", "250000.00", q * 60000 + ".25", q * 30000 + ".00");
                db.line(id, "Police", "Integrated offender management", "Local", "Aligned", "80000.00", "20000.00", "10000.00");
                db.line(id, "Health", "Public health nursing", "Local", "In kind", "30000.00", "7500.00", "7500.00");
                if (i % 5 == 0) {
                    db.issue(id, "FUND-SOURCE", "W", "Funding", "C9", "Funding!C9: a local partner with source Central",
                            i % 10 == 0 ? "Police grant routed through the Home Office" : "");
                }
            }
            db.ledger(code, "DWP", "2012-13 Q1", "50000.00");
            db.ledger(code, "DWP", "2012-13 Q2", i % 7 == 0 ? "40000.00" : "50000.00");
        }
        return db;
    }
}
