package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.testing.Submissions;

/**
 * A submission's original bytes, kept in chunks and given back byte for byte, on H2 here and on PostgreSQL in
 * {@link PostgresOriginalStoreTests}.
 */
@JdbcTest
@Import({OriginalStore.class, SubmissionStore.class})
class OriginalStoreTests {

    @Autowired
    OriginalStore originals;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @TempDir
    Path dir;

    JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(jdbcTemplate);
        Submissions.deleteAll(jdbc);
    }

    @Test
    void aFileOfSeveralChunksIsGivenBackByteForByte() throws Exception {
        // given: bytes that do not compress (as a workbook's do not), two chunks and a part
        byte[] bytes = new byte[2 * OriginalStore.CHUNK_BYTES + 12_345];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("return.xlsx"), bytes);
        long id = submissions.begin("return.xlsx", "a".repeat(64), 1, null, null);

        // when
        originals.keep(id, file);

        // then
        assertThat(jdbc.sql("SELECT seq, OCTET_LENGTH(bytes) FROM submission_original WHERE submission_id = ? ORDER BY seq")
                .param(id).query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2)).list())
                .containsExactly("0:1048576", "1:1048576", "2:12345");
        assertThat(originals.isKept(id)).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(originals.copyTo(id, out)).isTrue();
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void anEmptyFileIsOneEmptyChunkAndNoneKeptIsNotKept() throws Exception {
        long id = submissions.begin("empty.xlsx", "b".repeat(64), 1, null, null);
        originals.keep(id, Files.write(dir.resolve("empty.xlsx"), new byte[0]));
        long none = submissions.begin("quarantined.xlsx", "c".repeat(64), 1, null, null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(originals.copyTo(id, out)).isTrue();
        assertThat(out.size()).isZero();
        assertThat(originals.isKept(none)).isFalse();
        assertThat(originals.copyTo(none, new ByteArrayOutputStream())).isFalse();
    }
}
