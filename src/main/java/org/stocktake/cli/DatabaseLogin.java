package org.stocktake.cli;

import picocli.CommandLine.Option;

/** Who connects to the database: {@code --db-user} and {@code --db-password}, for every command and the bench. */
final class DatabaseLogin {

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:STOCKTAKE_DB_USER}",
            description = "Database user (or $STOCKTAKE_DB_USER).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:STOCKTAKE_DB_PASSWORD}",
            description = "Database password (better: $STOCKTAKE_DB_PASSWORD, which no process list shows).")
    String password;
}
