package org.stocktake.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import leaves in the database, independent of generated ids: submissions, their records, lines, issues
 * and original bytes keyed by content hash, so two databases filled by different sequences of runs can be compared.
 */
final class DatabaseContents {

    private static final List<String> QUERIES = List.of(
            "SELECT s.sha256, s.file_name, s.status, s.area_code, s.period, s.errors, s.warnings, p.sha256"
                    + " FROM submission s LEFT JOIN submission p ON p.id = s.supersedes ORDER BY s.sha256",
            "SELECT s.sha256, COUNT(*), MIN(f.family_ref), MAX(f.family_ref) FROM family_record f"
                    + " JOIN submission s ON s.id = f.submission_id GROUP BY s.sha256 ORDER BY s.sha256",
            "SELECT s.sha256, f.sheet_row, f.partner, f.committed, f.received, f.spent FROM funding_line f"
                    + " JOIN submission s ON s.id = f.submission_id ORDER BY s.sha256, f.sheet_row",
            "SELECT s.sha256, r.area_code, r.period, r.families_identified, r.family_records FROM stocktake_return r"
                    + " JOIN submission s ON s.id = r.submission_id ORDER BY s.sha256",
            "SELECT s.sha256, i.rule_id, i.sheet, i.cell, i.message FROM submission_issue i"
                    + " JOIN submission s ON s.id = i.submission_id ORDER BY s.sha256, i.rule_id, i.sheet, i.cell, i.message",
            "SELECT s.sha256, COUNT(*), SUM(OCTET_LENGTH(o.bytes)) FROM submission_original o"
                    + " JOIN submission s ON s.id = o.submission_id GROUP BY s.sha256 ORDER BY s.sha256",
            "SELECT file_name, sha256, status FROM seen_file ORDER BY sha256, file_name",
            "SELECT c.area_code, c.period, s.sha256 FROM counting_return c JOIN submission s ON s.id = c.submission_id"
                    + " ORDER BY c.area_code, c.period");

    private DatabaseContents() {
    }

    static String of(String url, String user, String password) throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            for (String query : QUERIES) {
                s.append("== ").append(query, 0, Math.min(60, query.length())).append('\n');
                try (ResultSet rs = st.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            row.add(v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v));
                        }
                        s.append(String.join("|", row)).append('\n');
                    }
                }
            }
        }
        return s.toString();
    }
}
