package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.standard.Issue;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.TestDatabase;
import org.stocktake.validation.ReturnStatus;

@JdbcTest
@Import(RunLogStore.class)
class RunLogStoreTests {

    @Autowired
    RunLogStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filesAreNumberedPerRunAndReadBackWithTheirFirstError() {
        TestDatabase db = TestDatabase.on(jdbc);
        long rejected = db.submission("E06000009", "2012-13 Q2", "REJECTED");
        db.issue(rejected, "COV-SIGNOFF-SELF", "W", "Cover", "B9", "a warning first", "");
        db.issue(rejected, "FUND-MONEY", "E", "Funding", "F4", "Funding!F4: not money", "");
        db.issue(rejected, "FUND-MONEY", "E", "Funding", "F5", "Funding!F5: not money either", "");
        store.add(7, file("a.xlsx", ReturnStatus.ACCEPTED, null));
        store.add(7, file("b.xlsx", ReturnStatus.REJECTED, rejected));
        store.add(8, file("c.xlsx", ReturnStatus.DUPLICATE, null));
        store.add(9, file("other-run.xlsx", ReturnStatus.ACCEPTED, null));

        List<RunFile> files = store.filesOf(List.of(7L, 8L));

        assertThat(files).extracting(RunFile::seq, RunFile::fileName, RunFile::status).containsExactly(
                tuple(1, "a.xlsx", ReturnStatus.ACCEPTED), tuple(2, "b.xlsx", ReturnStatus.REJECTED),
                tuple(1, "c.xlsx", ReturnStatus.DUPLICATE));
        assertThat(files.get(0).firstError()).isNull();
        assertThat(files.get(1).firstError()).extracting(Issue::location, Issue::message)
                .containsExactly("Funding!F4", "Funding!F4: not money");
        assertThat(store.filesOf(List.of())).isEmpty();
    }

    private static RunFile file(String name, ReturnStatus status, Long submission) {
        return new RunFile(0, name, "0".repeat(64), status, "E06000009", "2012-13 Q2", 0, 0, submission, null);
    }
}
