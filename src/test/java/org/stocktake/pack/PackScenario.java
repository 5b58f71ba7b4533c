package org.stocktake.pack;

import org.stocktake.testing.TestDatabase;

/** Four areas over two periods: accepted, accepted with warnings (one explained), rejected, missing. */
final class PackScenario {

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
}
