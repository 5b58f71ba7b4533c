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

import javax.sql.DataSource;

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
import org.stocktake.figures.PeriodFigures;
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

    private final PackDataLoader loader;

    public PackRenderer(DataSource dataSource, PeriodFigures figures) {
        this.loader = new PackDataLoader(dataSource, figures);
    }

    /** Writes the pack and returns its path. */
    public Path render(Period period, LocalDate asOf, Path outDir) {
        long start = System.nanoTime();
        PackData data = loader.load(period, asOf);
        PackContent content = new PackContent(data);
        try {
            long loaded = System.nanoTime();
            List<JasperPrint> body = fillBody(data, content);
            List<JasperPrint> front = fillFront(data, body);
            List<JasperPrint> all = new ArrayList<>(front);
            all.addAll(body);
            PageFooters.number(all);
            long filled = System.nanoTime();
            Path file = outDir.resolve("packs").resolve("stocktake-" + period.fileName() + ".pdf");
            Files.createDirectories(file.getParent());
            PdfOutput.write(all, period, file);
            LOG.info("Pack {}: {} areas, {} pages; load {} ms, compile and fill {} ms, PDF {} ms", file,
                    data.areas().size(), all.stream().mapToInt(p -> p.getPages().size()).sum(),
                    (loaded - start) / 1_000_000, (filled - loaded) / 1_000_000, (System.nanoTime() - filled) / 1_000_000);
            return file;
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the stocktake pack for " + period + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> common(PackData data) {
        Map<String, Object> p = new HashMap<>();
        p.put("PERIOD", data.period().toString());
        p.put("PREVIOUS", data.period().previous().toString());
        p.put("TABLE3", Templates.get("table3"));
        p.put("TABLE4", Templates.get("table4"));
        p.put("LINES7", Templates.get("lines7"));
        p.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return p;
    }

    private List<JasperPrint> fillBody(PackData data, PackContent content) throws JRException {
        Map<String, Object> headline = common(data);
        headline.putAll(content.headline());
        Map<String, Object> charts = common(data);
        charts.putAll(content.charts());
        return List.of(
                fill("headline", headline, new JREmptyDataSource(1)),
                fill("areas", common(data), rows(content.areasTable())),
                fill("charts", charts, rows(content.shareCharts())),
                fill("area", common(data), rows(content.areaPages())),
                fill("exceptions", common(data), rows(content.exceptions())));
    }

    /** The cover and the contents; the contents are filled until their own page count is stable. */
    private List<JasperPrint> fillFront(PackData data, List<JasperPrint> body) throws JRException {
        Map<String, Object> cover = common(data);
        cover.put("AS_OF", DAY.format(data.asOf()));
        cover.put("GENERATED", MINUTE.format(ZonedDateTime.now(ZoneId.of("Europe/London"))));
        cover.put("AREAS", data.areas().size() + " areas expected by the register");
        JasperPrint coverPrint = fill("cover", cover, new JREmptyDataSource(1));
        int contentsPages = 1;
        while (true) {
            int offset = coverPrint.getPages().size() + contentsPages;
            JasperPrint contents = fill("contents", common(data), rows(Contents.entries(body, offset)));
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
