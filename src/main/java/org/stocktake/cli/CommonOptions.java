package org.stocktake.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command takes (standard §10). */
final class CommonOptions {

    static final String DEFAULT_DB = "jdbc:h2:file:./data/stocktake;AUTO_SERVER=TRUE";

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:STOCKTAKE_DB:-" + DEFAULT_DB + "}",
            description = "Database (default: an H2 file database under ./data/, or $STOCKTAKE_DB). "
                    + "PostgreSQL: jdbc:postgresql://host:5432/stocktake")
    String db;

    @Mixin
    DatabaseLogin login = new DatabaseLogin();

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "input-samples/reference",
            description = "Folder holding pilots.csv and ledger.csv (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder for reports, feedback and packs (default: ${DEFAULT-VALUE}).")
    Path out;

    /** Spring properties for the chosen database. */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", db);
        if (db.startsWith("jdbc:h2:")) {
            String upper = db.toUpperCase(java.util.Locale.ROOT);
            if (!upper.contains("DB_CLOSE_ON_EXIT") && !upper.contains("AUTO_SERVER=TRUE")) {
                // H2's own shutdown hook would close the database under an import finishing its file on SIGTERM.
                // H2 refuses this with AUTO_SERVER: there SIGTERM rolls the file in hand back, as a crash would.
                properties.put("spring.datasource.url", db + ";DB_CLOSE_ON_EXIT=FALSE");
            }
            properties.put("spring.datasource.username", login.user == null ? "sa" : login.user);
            properties.put("spring.datasource.password", login.password == null ? "" : login.password);
        } else {
            if (login.user != null) {
                properties.put("spring.datasource.username", login.user);
            }
            if (login.password != null) {
                properties.put("spring.datasource.password", login.password);
            }
        }
        return properties;
    }
}
