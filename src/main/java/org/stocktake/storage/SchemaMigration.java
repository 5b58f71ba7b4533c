package org.stocktake.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Brings the schema up to date as a command's context starts, in place of Boot's Flyway beans, which the commands'
 * context leaves out (cli): when the schema is current ({@link CurrentSchema}) this is one query, and Flyway's
 * object, which takes a tenth of a second to make, is made only when a migration is due. The locations are those of
 * {@code spring.flyway.locations}, with {@code {vendor}} read from the database as Boot reads it.
 */
public final class SchemaMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final String VENDOR = "{vendor}";
    private static final String CLASSPATH = "classpath:";
    /** Flyway's default, which the application keeps. */
    private static final String HISTORY_TABLE = "flyway_schema_history";

    private final DataSource dataSource;
    private final List<String> locations;

    public SchemaMigration(DataSource dataSource, List<String> locations) {
        this.dataSource = dataSource;
        this.locations = List.copyOf(locations);
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String[] resolved;
        boolean current;
        try (Connection c = dataSource.getConnection()) {
            resolved = forDatabase(locations, c.getMetaData().getURL());
            List<String> folders = classPathFolders(resolved);
            current = folders != null && CurrentSchema.current(c, folders, HISTORY_TABLE);
        }
        if (current) {
            log.debug("Schema is current: Flyway not run");
            return;
        }
        Flyway.configure().dataSource(dataSource).locations(resolved).table(HISTORY_TABLE).load().migrate();
    }

    /** The folders of class path locations as Flyway reads them; null if any location is elsewhere. */
    static List<String> classPathFolders(String... locations) {
        List<String> folders = new ArrayList<>();
        for (String location : locations) {
            String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
            if (path.contains(":")) {
                return null;
            }
            folders.add(path.replaceAll("^/+|/+$", ""));
        }
        return folders;
    }

    /** The locations with {@code {vendor}} replaced by the id of the database that the URL names. */
    static String[] forDatabase(List<String> locations, String url) {
        if (locations.stream().noneMatch(l -> l.contains(VENDOR))) {
            return locations.toArray(String[]::new);
        }
        DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
        if (driver == DatabaseDriver.UNKNOWN) {
            // not the URL itself: it may hold a password
            throw new IllegalStateException("Cannot tell the database's vendor from its URL, so the migrations for it"
                    + " (" + VENDOR + " in " + String.join(",", locations) + ") are unknown");
        }
        return locations.stream().map(l -> l.replace(VENDOR, driver.getId())).toArray(String[]::new);
    }
}
