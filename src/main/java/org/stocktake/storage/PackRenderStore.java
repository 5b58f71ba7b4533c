package org.stocktake.storage;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.standard.Period;

/**
 * The packs written so far and what each was made from (table {@code pack_render}), so that a second node, or
 * a second night with nothing new, does not render the same pack again.
 */
@Repository
public class PackRenderStore {

    private final JdbcClient jdbc;

    PackRenderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a pack is made from in the database now: the submissions (only ever inserted, so their count and
     * highest id say whether any came) and the reference files in force.
     */
    public String dataVersion() {
        String submissions = jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM submission")
                .query(String.class).single();
        String reference = String.join("/", jdbc.sql("SELECT name || ':' || sha256 FROM reference_load ORDER BY name")
                .query(String.class).list());
        return submissions + ";" + reference.hashCode();
    }

    /** The latest pack of the period rendered from exactly these inputs, if its file is still there. */
    public Optional<Path> renderedFrom(Period period, String inputs) {
        return jdbc.sql("SELECT pack_path FROM pack_render WHERE period = ? AND inputs = ? ORDER BY id DESC")
                .params(period.toString(), inputs).query(String.class).list().stream().findFirst()
                .map(Path::of).filter(java.nio.file.Files::isRegularFile);
    }

    public void record(Period period, String inputs, Path pack, String renderedBy) {
        jdbc.sql("INSERT INTO pack_render (period, inputs, pack_path, rendered_at, rendered_by) VALUES (?, ?, ?, ?, ?)")
                .params(period.toString(), inputs, pack.toAbsolutePath().normalize().toString(),
                        Timestamp.from(Instant.now()), renderedBy)
                .update();
    }
}
