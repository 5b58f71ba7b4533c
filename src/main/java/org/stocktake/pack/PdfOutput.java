package org.stocktake.pack;

import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.stocktake.standard.Period;

/** Exports the filled reports as one tagged, A4, en-GB PDF with its metadata. */
final class PdfOutput {

    static final String AUTHOR = "Community Budgets central team";

    private PdfOutput() {
    }

    static String title(Period period) {
        return "Community Budgets stocktake pack " + period;
    }

    static String subject(Period period) {
        return "Quarterly stocktake of the Community Budget pilots for " + period
                + ": returns, figures, reconciliation findings and exceptions";
    }

    static void write(List<JasperPrint> prints, Period period, Path file) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(Templates.CONTEXT);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        config.setMetadataTitle(title(period));
        config.setMetadataAuthor(AUTHOR);
        config.setMetadataSubject(subject(period));
        config.setMetadataCreator("stocktake");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
    }
}
