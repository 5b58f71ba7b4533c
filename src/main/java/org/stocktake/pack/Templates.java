package org.stocktake.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The pack's templates from {@code classpath:report-templates/}: the {@code .jasper} files compiled at build
 * time ({@link TemplateCompiler}) when present, else the {@code .jrxml} compiled once per JVM.
 */
final class Templates {

    /** Every text in DejaVu Sans, which jasperreports-fonts embeds, instead of the non-embedded Helvetica. */
    static final JasperReportsContext CONTEXT = context();

    private static final ConcurrentMap<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private Templates() {
    }

    private static JasperReportsContext context() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        context.setProperty("net.sf.jasperreports.default.font.name", "DejaVu Sans");
        context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        // the filled pages keep the elements' artifact property for the exporter
        context.setProperty("net.sf.jasperreports.print.transfer.stocktake", AccessiblePdfExporter.ARTIFACT);
        return context;
    }

    static JasperReport get(String name) {
        return COMPILED.computeIfAbsent(name, Templates::compile);
    }

    private static JasperReport compile(String name) {
        String compiled = "report-templates/" + name + ".jasper";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(compiled)) {
            if (in != null) {
                return (JasperReport) JRLoader.loadObject(in);
            }
        } catch (IOException | JRException e) {
            // a stale or unreadable build product: fall back to the template itself
        }
        String resource = "report-templates/" + name + ".jrxml";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template not on the classpath: " + resource);
            }
            return JasperCompileManager.getInstance(CONTEXT).compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        }
    }
}
