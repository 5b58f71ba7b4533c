package org.stocktake.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stocktake.period.PeriodReport;
import org.stocktake.standard.Period;

/**
 * Renders the stocktake pack of a period to {@code outDir/packs/stocktake-<period>.pdf}: cover, contents,
 * headline, all areas, charts, one section per area and the exceptions appendix.
 */
@Component
public class PackRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PackRenderer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** Writes the pack of the period the report describes and returns its path. */
    public Path render(PeriodReport report, LocalDate asOf, Path outDir) {
        long start = System.nanoTime();
        Period period = report.period();
        try {
            List<JasperPrint> body = fillBody(report);
            List<JasperPrint> front = fillFront(report, asOf, body);
            List<JasperPrint> all = new ArrayList<>(front);
            all.addAll(body);
            PageFooters.number(all);
            long filled = System.nanoTime();
            Path file = outDir.resolve("packs").resolve("stocktake-" + period.fileName() + ".pdf");
            Files.createDirectories(file.getParent());
            PdfOutput.write(all, period, file);
            LOG.info("Pack {}: {} areas, {} pages; fill {} ms, PDF {} ms", file, report.areas().size(),
                    all.stream().mapToInt(p -> p.getPages().size()).sum(), (filled - start) / 1_000_000,
                    (System.nanoTime() - filled) / 1_000_000);
            return file;
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the stocktake pack for " + period + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> common(Period period) {
        Map<String, Object> p = new HashMap<>();
        p.put("PERIOD", period.toString());
        p.put("PREVIOUS", period.previous().toString());
        p.put("TABLE3", Templates.get("table3"));
        p.put("TABLE4", Templates.get("table4"));
        p.put("LINES7", Templates.get("lines7"));
        p.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return p;
    }

    private static List<JasperPrint> fillBody(PeriodReport report) throws JRException {
        PackModel pack = PackModel.of(report);
        Period period = report.period();
        Map<String, Object> headline = common(period);
        headline.putAll(JasperRows.headline(pack.headline()));
        Map<String, Object> chartParameters = common(period);
        chartParameters.putAll(JasperRows.charts(pack.funding(), pack.history()));
        return List.of(
                fill("headline", headline, new JREmptyDataSource(1)),
                fill("areas", common(period), rows(JasperRows.areas(pack.areas()))),
                fill("charts", chartParameters, rows(JasperRows.shareCharts(pack.shares()))),
                fill("area", common(period), rows(JasperRows.areaPages(pack.areaSections()))),
                fill("exceptions", common(period), rows(JasperRows.exceptions(pack.exceptions()))));
    }

    /** The cover and the contents; the contents are filled until their own page count is stable. */
    private static List<JasperPrint> fillFront(PeriodReport report, LocalDate asOf, List<JasperPrint> body)
            throws JRException {
        Map<String, Object> cover = common(report.period());
        cover.put("AS_OF", DAY.format(asOf));
        cover.put("GENERATED", MINUTE.format(ZonedDateTime.now(ZoneId.of("Europe/London"))));
        cover.put("AREAS", report.areas().size() + " areas expected by the register");
        JasperPrint coverPrint = fill("cover", cover, new JREmptyDataSource(1));
        int contentsPages = 1;
        while (true) {
            int offset = coverPrint.getPages().size() + contentsPages;
            JasperPrint contents = fill("contents", common(report.period()), rows(Contents.entries(body, offset)));
            if (contents.getPages().size() == contentsPages) {
                return List.of(coverPrint, contents);
            }
            contentsPages = contents.getPages().size();
        }
    }

    private static JasperPrint fill(String template, Map<String, Object> params, JRDataSource rows) throws JRException {
        return JasperFillManager.getInstance(Templates.CONTEXT).fill(Templates.get(template), params, rows);
    }

    private static JRDataSource rows(Collection<Map<String, ?>> rows) {
        return new JRMapCollectionDataSource(rows);
    }
}
