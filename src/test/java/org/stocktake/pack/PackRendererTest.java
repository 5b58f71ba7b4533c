package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stocktake.figures.PeriodFigures;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;
import org.stocktake.testsupport.TestDatabase;

class PackRendererTest {

    private static final Period Q2 = Period.of("2012-13 Q2");

    @Test
    void rendersThePack() throws IOException {
        TestDatabase db = PackScenario.create();
        PeriodFigures figures = new PeriodFigures(db.dataSource);
        new Reconciler(db.dataSource, figures).reconcile(Q2);
        Path out = Path.of("target", "pack-test");
        Path pdf = new PackRenderer(db.dataSource, figures).render(Q2, LocalDate.of(2012, 10, 15), out);
        assertThat(pdf).isEqualTo(out.resolve("packs/stocktake-2012-13-Q2.pdf"));
    }
}
