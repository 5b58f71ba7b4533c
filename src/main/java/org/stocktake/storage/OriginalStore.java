package org.stocktake.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The original bytes of each submission (table {@code submission_original}), kept so the file can be downloaded as it
 * was received for as long as the submission exists (standard §11). Written in the file's own import transaction,
 * read back chunk by chunk: at most one chunk ({@value #CHUNK_BYTES} bytes) of a file is in memory at a time.
 */
@Repository
public class OriginalStore {

    static final int CHUNK_BYTES = 1 << 20;

    private final JdbcTemplate jdbc;

    OriginalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file's bytes for the submission, in the caller's transaction. */
    public void keep(long submissionId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK_BYTES];
            int seq = 0;
            int n;
            do {
                n = in.readNBytes(buffer, 0, CHUNK_BYTES);
                if (n == 0 && seq > 0) {
                    break;
                }
                byte[] chunk = n == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, n);
                int at = seq++;
                jdbc.update("INSERT INTO submission_original (submission_id, seq, bytes) VALUES (?, ?, ?)", ps -> {
                    ps.setLong(1, submissionId);
                    ps.setInt(2, at);
                    ps.setBytes(3, chunk);
                });
            } while (n == CHUNK_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to keep it", e);
        }
    }

    /** False for a quarantined submission, and for one imported before originals were kept. */
    public boolean isKept(long submissionId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM submission_original WHERE submission_id = ? AND seq = 0",
                Integer.class, submissionId);
        return rows != null && rows > 0;
    }

    /** Writes the kept bytes to {@code out}, one chunk at a time; false when none are kept. */
    public boolean copyTo(long submissionId, OutputStream out) {
        for (int seq = 0; ; seq++) {
            List<byte[]> chunk = jdbc.query("SELECT bytes FROM submission_original WHERE submission_id = ? AND seq = ?",
                    (rs, n) -> rs.getBytes(1), submissionId, seq);
            if (chunk.isEmpty()) {
                return seq > 0;
            }
            try {
                out.write(chunk.get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the kept bytes to a file (for reading the workbook again); false when none are kept. */
    public boolean copyTo(long submissionId, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return copyTo(submissionId, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
