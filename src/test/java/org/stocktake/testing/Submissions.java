package org.stocktake.testing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Clean-up for import tests that share a database (PostgreSQL keeps what earlier tests imported). */
public final class Submissions {

    /** Every table an import writes to, children before parents. */
    private static final List<String> TABLES = List.of("family_record", "funding_line", "stocktake_return",
            "submission_issue", "submission_original", "import_run_file", "seen_file", "pack_render", "upload_job",
            "submission");

    private Submissions() {
    }

    public static void deleteAll(JdbcClient jdbc) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
