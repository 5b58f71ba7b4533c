package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.stocktake.storage.ThrowawayDatabases;

/**
 * Where the benchmark's full import stores: a fresh database for every pass, so each import is a first import. With
 * no {@code --db}, an H2 file database under the bench folder; with a PostgreSQL URL, a database created on that
 * server next to the one named (the user needs CREATEDB) and dropped after the pass.
 */
public record BenchDatabase(String url, String user, String password) {

    /** The database of one pass; closing it deletes it. */
    public record Throwaway(String url, Cleanup cleanup) implements AutoCloseable {

        @Override
        public void close() throws IOException, SQLException {
            cleanup.run();
        }
    }

    /** How a throwaway database is deleted. */
    @FunctionalInterface
    public interface Cleanup {

        void run() throws IOException, SQLException;
    }

    public boolean postgres() {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** What the figures name: "H2" or "PostgreSQL". */
    public String vendor() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    public Throwaway fresh(Path dir, int pass) throws SQLException {
        String name = "bench_" + System.currentTimeMillis() + "_" + pass;
        if (!postgres()) {
            Path file = dir.resolve("db").resolve(name).toAbsolutePath();
            return new Throwaway("jdbc:h2:file:" + file, () -> ThrowawayDatabases.deleteH2(file));
        }
        ThrowawayDatabases.createPostgres(url, user, password, name);
        return new Throwaway(withDatabase(name), () -> ThrowawayDatabases.dropPostgres(url, user, password, name));
    }

    /** The URL with its database name replaced (jdbc:postgresql://host:port/name?parameters). */
    String withDatabase(String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', Math.max(slash, 0));
        String tail = query < 0 ? "" : url.substring(query);
        return (slash < 0 ? url + "/" : url.substring(0, slash + 1)) + name + tail;
    }
}
