package org.stocktake.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a database that cannot be reached or opened in a failure's causes, and says in one sentence which
 * database it is and what to check. Anything else is not a connection problem: empty.
 */
final class DatabaseFailure {

    /** H2: the file is open in another process that did not start it with AUTO_SERVER. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private DatabaseFailure() {
    }

    static Optional<String> describe(Throwable failure, DatabaseUrl db, Optional<String> user) {
        List<Throwable> causes = causes(failure);
        List<SQLException> sql = causes.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .toList();
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        String connecting = "cannot connect to " + db.masked() + user.map(u -> " as " + u)
                .orElse(db.url().contains("user=") ? "" : " (no --db-user)") + ": ";
        for (SQLException e : sql) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (db.isH2() && e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of("cannot open " + db.masked() + ": " + heldByAnother(db));
            }
            if (state.equals("08004") && mentionsPassword(e)) {
                return Optional.of(connecting + "the server asks for a password and none was given; set"
                        + " $STOCKTAKE_DB_PASSWORD or --db-password");
            }
            if (state.equals("28P01") || state.equals("28000")) {
                return Optional.of(connecting + "user or password refused; check --db-user/--db-password or"
                        + " $STOCKTAKE_DB_PASSWORD");
            }
            if (state.equals("3D000")) {
                return Optional.of(connecting + "the server at " + db.server().orElse("?") + " has no database "
                        + db.name().orElse("?") + "; create it or check --db");
            }
        }
        if (causes.stream().anyMatch(UnknownHostException.class::isInstance)) {
            return Optional.of(connecting + "the host " + db.host().orElse("?") + " is unknown; check --db");
        }
        boolean unreachable = causes.stream().anyMatch(t -> t instanceof ConnectException
                || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                || t instanceof SQLTransientConnectionException)
                || sql.stream().anyMatch(e -> e.getSQLState() != null && e.getSQLState().startsWith("08"));
        if (unreachable) {
            return Optional.of(connecting + db.server().map(s -> "is the server running and accepting connections at "
                    + s + "?").orElse("check --db"));
        }
        return Optional.empty();
    }

    private static String heldByAnother(DatabaseUrl db) {
        String file = db.h2File().map(f -> f + ".mv.db").orElse("the database file");
        if (db.hasAutoServer()) {
            return "another process holds " + file + " without AUTO_SERVER; stop it, or give it an AUTO_SERVER URL too";
        }
        return "another process holds " + file + "; stop it or use an AUTO_SERVER URL (" + db.masked()
                + ";AUTO_SERVER=TRUE) in every process that opens it";
    }

    private static boolean mentionsPassword(SQLException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("password");
    }

    /** The failure, its causes and the SQL exceptions chained to any of them, each once. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(0);
            if (t == null || all.stream().anyMatch(seen -> seen == t)) {
                continue;
            }
            all.add(t);
            pending.add(t.getCause());
            if (t instanceof SQLException s) {
                pending.add(s.getNextException());
            }
        }
        return all;
    }
}
