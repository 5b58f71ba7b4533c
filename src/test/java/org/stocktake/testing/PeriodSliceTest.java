package org.stocktake.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.stocktake.figures.FiguresCsv;
import org.stocktake.pack.PackRenderer;
import org.stocktake.pack.PackStage;
import org.stocktake.period.PeriodReports;
import org.stocktake.reconciliation.FindingsCsv;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.storage.DatabaseLocks;
import org.stocktake.storage.FindingStore;
import org.stocktake.storage.PackRenderStore;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.ReturnStore;

/**
 * The slice of the application behind a period (a {@code @JdbcTest}): the stores, the period model,
 * reconciliation, the figures and findings files and the pack, over an embedded H2 database migrated by Flyway.
 * Each test runs in a transaction rolled back at its end; fill it with {@link TestDatabase#on}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@Import({ReferenceStore.class, ReturnStore.class, FindingStore.class, PackRenderStore.class, DatabaseLocks.class,
        PeriodReports.class, Reconciler.class, FiguresCsv.class, FindingsCsv.class, PackRenderer.class,
        PackStage.class})
public @interface PeriodSliceTest {
}
