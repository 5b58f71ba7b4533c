package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.reference.Register;
import org.stocktake.standard.Period;
import org.stocktake.testing.TestDatabase;

@JdbcTest
@Import({PackRenderStore.class, ReferenceStore.class})
class PackRenderStoreTests {

    static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    PackRenderStore store;

    @Autowired
    ReferenceStore reference;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    @Test
    void theDataVersionChangesWithEverySubmissionAndReferenceLoad() {
        String empty = store.dataVersion();
        assertThat(empty).startsWith("0/0;");

        long id = TestDatabase.on(jdbc).submission("E06000001", "2012-13 Q2", "REJECTED");
        String oneSubmission = store.dataVersion();
        assertThat(oneSubmission).startsWith("1/" + id + ";").isNotEqualTo(empty);

        reference.replaceRegister(new Register(java.util.List.of()), "0".repeat(64));
        assertThat(store.dataVersion()).startsWith("1/" + id + ";").isNotEqualTo(oneSubmission);
    }

    @Test
    void aPackIsUpToDateWhenRenderedFromTheSameInputsAndStillThere() throws Exception {
        Path pack = Files.writeString(out.resolve("stocktake-2012-13-Q2.pdf"), "%PDF");
        store.record(Q2, "inputs-1", pack, "node-a");

        assertThat(store.renderedFrom(Q2, "inputs-1")).contains(pack.toAbsolutePath().normalize());
        assertThat(store.renderedFrom(Q2, "inputs-2")).isEmpty();
        assertThat(store.renderedFrom(Period.of("2012-13 Q1"), "inputs-1")).isEmpty();

        Files.delete(pack);
        assertThat(store.renderedFrom(Q2, "inputs-1")).isEmpty();
    }
}
