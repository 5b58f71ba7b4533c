package org.stocktake.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;

/** Reads a stored {@code submission_issue} row back as the {@link Issue} it was written from. */
final class IssueRows {

    private IssueRows() {
    }

    /** Reads rule_id, severity, sheet, cell, message and explanation, in that order, from column {@code first} on. */
    static Issue issue(ResultSet rs, int first) throws SQLException {
        return new Issue(Rule.ofId(rs.getString(first)), severity(rs.getString(first + 1)), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5));
    }

    private static Severity severity(String code) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown severity code in the database: " + code);
    }
}
