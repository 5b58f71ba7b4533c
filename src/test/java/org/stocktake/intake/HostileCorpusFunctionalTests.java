package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.SharedFiles;
import org.stocktake.testing.TestReference;
import org.stocktake.validation.ReturnStatus;

/**
 * The 68 real-world hostile spreadsheets of {@code shared/corpus/hostile} imported as one inbox, with one
 * good return among them: every hostile file is REJECTED with a rule its manifest allows and a message for a
 * person, the good return is still ACCEPTED, and the run completes.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-corpus;DB_CLOSE_DELAY=-1")
class HostileCorpusFunctionalTests {

    @Autowired
    ImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @Test
    void everyHostileFileIsRejectedWithAnAcceptableRuleAndTheGoodReturnStillImports() throws Exception {
        // given
        Path inbox = work.resolve("inbox");
        Map<String, Set<String>> acceptable = SharedFiles.copyHostileCorpus(inbox);
        new ReturnFixture().writeXlsx(inbox, "zz-good-return.xlsx");

        // when
        ImportRun run = runner.run(inbox, LocalDate.of(2012, 11, 30), TestReference.write(work.resolve("ref")),
                work.resolve("out"));

        // then
        assertThat(run.jobCompleted()).isTrue();
        assertThat(run.files()).hasSize(acceptable.size() + 1);
        List<String> wrong = new ArrayList<>();
        for (RunFile f : run.files()) {
            if (f.fileName().equals("zz-good-return.xlsx")) {
                assertThat(f.status()).isEqualTo(ReturnStatus.ACCEPTED);
                continue;
            }
            List<String> rules = jdbc.sql("SELECT rule_id FROM submission_issue WHERE submission_id = ? AND severity = 'E'")
                    .param(f.submissionId()).query(String.class).list();
            List<String> messages = jdbc.sql("SELECT message FROM submission_issue WHERE submission_id = ?")
                    .param(f.submissionId()).query(String.class).list();
            boolean ok = f.status() == ReturnStatus.REJECTED && !rules.isEmpty()
                    && acceptable.get(f.fileName()).containsAll(rules)
                    && messages.stream().noneMatch(m -> m.contains("Exception") || m.contains("\tat "));
            if (!ok) {
                wrong.add(f.fileName() + " " + f.status() + " " + rules + " " + messages);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
