package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.period.AreaStatus;
import org.stocktake.standard.Period;
import org.stocktake.testing.PeriodSliceTest;
import org.stocktake.testing.TestDatabase;

/** The pack stage written once: reconcile, findings, figures, pack; left alone when nothing changed. */
@PeriodSliceTest
class PackStageTests {

    static final Period Q2 = Period.of("2012-13 Q2");
    static final LocalDate AS_OF = LocalDate.of(2012, 10, 15);

    @Autowired
    PackStage stage;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    @Test
    void thePackIsRenderedOnceAndAgainOnlyWhenWhatItIsMadeFromChanged() throws Exception {
        // given
        TestDatabase db = PackScenario.create(TestDatabase.on(jdbc));

        // when
        PackOutcome first = stage.renderIfStale(Q2, AS_OF, out);

        // then every output is written from one report, and the findings are stored
        assertThat(first.rendered()).isTrue();
        assertThat(first.pack()).isEqualTo(out.resolve("packs/stocktake-2012-13-Q2.pdf")).isRegularFile();
        assertThat(first.findingsCsv()).isEqualTo(out.resolve("findings-2012-13-Q2.csv"));
        assertThat(Files.readAllLines(first.findingsCsv())).hasSize(first.report().findings().size() + 1);
        assertThat(Files.readAllLines(first.figuresCsv())).hasSize(first.report().areas().size() + 1);
        assertThat(first.report().findings()).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding", Integer.class))
                .isEqualTo(first.report().findings().size());

        // when nothing changed
        PackOutcome second = stage.renderIfStale(Q2, AS_OF, out);

        // then the pack is up to date: not rendered again, and the report carries the stored findings
        assertThat(second.rendered()).isFalse();
        assertThat(second.pack()).isEqualTo(first.pack().toAbsolutePath().normalize());
        assertThat(second.report().findings()).isEqualTo(first.report().findings());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pack_render", Integer.class)).isEqualTo(1);

        // when another as-of date is asked for, or a submission comes
        assertThat(stage.renderIfStale(Q2, AS_OF.plusDays(1), out).rendered()).isTrue();
        db.submission("E06000004", "2012-13 Q2", "REJECTED");
        PackOutcome afterSubmission = stage.renderIfStale(Q2, AS_OF.plusDays(1), out);
        assertThat(afterSubmission.rendered()).isTrue();
        assertThat(afterSubmission.report().area("E06000004").orElseThrow().status()).isEqualTo(AreaStatus.REJECTED);

        // and pack renders whatever was rendered before
        assertThat(stage.render(Q2, AS_OF.plusDays(1), out).rendered()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pack_render", Integer.class)).isEqualTo(4);
    }
}
