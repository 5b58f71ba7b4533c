package org.stocktake.figures;

import org.stocktake.standard.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.period.AreaReport;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;
import org.stocktake.testing.PeriodSliceTest;
import org.stocktake.testing.TestDatabase;

@PeriodSliceTest
class FiguresCsvTest {

    private static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    PeriodReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneRowPerRegisterAreaWithExactFiguresAndBlanksWhenNoReturnCounts(@TempDir Path out) throws IOException {
        TestDatabase db = TestDatabase.on(jdbc);
        db.register("E10000001", "Accepted", "2012-13 Q1", null);
        long old = db.accepted("E10000001", "Accepted", "2012-13 Q2", "ACCEPTED", 1, 1, 1, 1);
        db.line(old, "DWP", "Superseded", "Central", "Pooled", "1.00", "1.00", "1.00");
        long id = db.accepted("E10000001", "Accepted", "2012-13 Q2", "ACCEPTED_WITH_WARNINGS", 22990, 120, 1520, 300);
        db.line(id, "DWP", "Troubled families", "Central", "Pooled", "1000000.00", "250000.50", "125000.25");
        db.line(id, "Local authority", "Early help", "Local", "Pooled", "234567.89", "1000.00", "999.99");
        db.line(id, "Police", "Neighbourhood", "Local", "Aligned", "500.10", "100.01", "0.00");
        db.line(id, "Health", "Public health", "Local", "In kind", "7.00", "3.00", "1.00");
        db.register("E10000002", "=Rejected", "2012-13 Q1", null);
        db.submission("E10000002", "2012-13 Q2", "REJECTED");
        db.register("E10000003", "Missing, \"quoted\"", "2012-13 Q1", null);
        db.register("E10000004", "Not yet", "2012-13 Q3", null);
        db.register("E10000005", "No lines", "2012-13 Q2", null);
        db.accepted("E10000005", "No lines", "2012-13 Q2", "ACCEPTED", 5, 0, 0, 0);

        PeriodReport report = reports.load(Q2);
        assertThat(report.areas()).extracting(AreaReport::areaCode)
                .containsExactly("E10000001", "E10000002", "E10000003", "E10000005");
        assertThat(report.areas().get(0).countingReturn().submissionId()).isEqualTo(id);
        assertThat(report.areas().get(0).figures().pooledCommitted()).isEqualByComparingTo(new BigDecimal("1234567.89"));

        Path file = new FiguresCsv().write(report, out);
        assertThat(file).isEqualTo(out.resolve("figures-2012-13-Q2.csv"));
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "area_code,area_name,period,status,families_identified,families_started,families_helped,"
                        + "families_outcomes,pooled_committed,pooled_received,pooled_spent,aligned_committed,"
                        + "central_received,local_received",
                "E10000001,Accepted,2012-13 Q2,ACCEPTED_WITH_WARNINGS,22990,120,1520,300,1234567.89,251000.50,"
                        + "126000.24,500.10,250000.50,1103.01",
                "E10000002,'=Rejected,2012-13 Q2,REJECTED,,,,,,,,,,",
                "E10000003,\"Missing, \"\"quoted\"\"\",2012-13 Q2,MISSING,,,,,,,,,,",
                "E10000005,No lines,2012-13 Q2,ACCEPTED,5,0,0,0,0.00,0.00,0.00,0.00,0.00,0.00");
    }

    @Test
    void moneyIsWrittenExactly() {
        assertThat(Money.pounds(new BigDecimal("1234567.89"))).isEqualTo("£1,234,567.89");
        assertThat(Money.pounds(new BigDecimal("5"))).isEqualTo("£5.00");
        assertThat(Money.pounds(new BigDecimal("-12.5"))).isEqualTo("-£12.50");
        assertThat(Money.plain(new BigDecimal("1234567.8"))).isEqualTo("1234567.80");
    }
}
