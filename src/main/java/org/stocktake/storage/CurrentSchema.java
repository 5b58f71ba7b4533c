package org.stocktake.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Runs Flyway only when the schema is not current. A database whose history holds every migration on the class
 * path, applied successfully and with the checksum of the file as it is now (computed as Flyway does: CRC32 of the
 * lines without their line breaks), is current, and the application starts without Flyway's validation and
 * migration passes. Anything else (a pending, failed, edited or unknown migration, no history table yet) goes to
 * {@link Flyway#migrate()}, which migrates or fails exactly as before. Boot's migration strategy where Boot makes
 * Flyway's beans ({@code serve}, the tests); the commands ask it through {@link SchemaMigration}.
 */
@Component
class CurrentSchema implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(CurrentSchema.class);

    @Override
    public void migrate(Flyway flyway) {
        if (current(flyway.getConfiguration())) {
            log.debug("Schema is current: Flyway not run");
            return;
        }
        flyway.migrate();
    }

    static boolean current(Configuration configuration) {
        List<String> folders = new ArrayList<>();
        for (Location location : configuration.getLocations()) {
            if (!location.isClassPath()) {
                return false;
            }
            folders.add(location.getRootPath());
        }
        try (Connection c = configuration.getDataSource().getConnection()) {
            return current(c, folders, configuration.getTable());
        } catch (SQLException e) {
            return false; // Flyway connects again and reports it
        }
    }

    /**
     * Whether the history table holds every migration in the folders, as the files are now.
     *
     * @param folders class path folders, as Flyway's {@code classpath:} locations name them
     */
    static boolean current(Connection c, List<String> folders, String table) {
        try {
            Map<String, Integer> files = migrations(folders);
            Map<String, Integer> applied = applied(c, table);
            return applied != null && !files.isEmpty() && applied.equals(files);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Script name to checksum of each SQL migration in the folders; a repeatable one makes the map empty. */
    private static Map<String, Integer> migrations(List<String> folders) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Integer> files = new HashMap<>();
        for (String folder : folders) {
            for (Resource r : resolver.getResources("classpath*:" + folder + "/*.sql")) {
                String name = r.getFilename();
                if (name == null || !name.startsWith("V") || files.put(name, checksum(r)) != null) {
                    return Map.of();
                }
            }
        }
        return files;
    }

    /** Script name to checksum of each history row; null when a row failed or there is no history. */
    private static Map<String, Integer> applied(Connection c, String table) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"script\", \"checksum\", \"success\", \"type\" FROM \"" + table
                     + "\"")) {
            Map<String, Integer> applied = new HashMap<>();
            while (rs.next()) {
                String type = rs.getString(4);
                if ("TABLE".equals(type) || "SCHEMA".equals(type)) {
                    continue; // Flyway's marker rows: it created the history table, or the schema
                }
                if (!"SQL".equals(type) || !rs.getBoolean(3) || applied.put(rs.getString(1), rs.getInt(2)) != null) {
                    return null;
                }
            }
            return applied;
        } catch (SQLException e) {
            return null; // no history table yet, or one Flyway must read itself
        }
    }

    static int checksum(Resource resource) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
