package org.stocktake.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens an embedded H2 database on a thread of its own while the application context starts. H2 reads its file on
 * the first connection (a working database's schema and tables: a tenth of a second), so this overlaps Spring's own
 * start on the second core instead of following it; the context's pool then joins the database already open. The
 * early connection uses the pool's URL and login, so the database opens with the same settings, and it is closed
 * once the context has started. What goes wrong here is left for the pool's own connection to meet and report.
 */
public final class DatabaseWarmUp implements AutoCloseable {

    private final Thread opening;
    private volatile Connection connection;

    private DatabaseWarmUp(String url, String user, String password) {
        if (url == null) {
            opening = null;
            return;
        }
        opening = new Thread(() -> {
            try {
                connection = DriverManager.getConnection(url, user, password);
            } catch (SQLException | RuntimeException e) {
                // the pool connects next and reports it
            }
        }, "database-warm-up");
        opening.setDaemon(true);
        opening.start();
    }

    /** Starts opening the database of an embedded H2 URL. */
    public static DatabaseWarmUp start(String url, String user, String password) {
        return new DatabaseWarmUp(url, user, password);
    }

    /** For a database that is not embedded: nothing to open early. */
    public static DatabaseWarmUp none() {
        return new DatabaseWarmUp(null, null, null);
    }

    /** Closes the early connection, once the pool has its own: the pool's connections keep the database open. */
    @Override
    public void close() {
        if (opening == null) {
            return;
        }
        try {
            opening.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a connection nothing ran on: nothing to report
            }
        }
    }
}
