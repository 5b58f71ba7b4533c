package org.stocktake.pack;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.stocktake.output.WholeFiles;
import org.stocktake.standard.Period;

/**
 * Exports the filled reports as one tagged, A4, en-GB PDF with its metadata, conformant to PDF/UA-1
 * ({@link AccessiblePdfExporter}) and PDF/A-2a, with Java's sRGB profile as the output intent.
 */
final class PdfOutput {

    static final String AUTHOR = "Community Budgets central team";

    /** Java's own sRGB profile as a file, since the exporter reads the output intent's profile from a path. */
    private static final Path SRGB = srgbProfile();

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
        AccessiblePdfExporter exporter = new AccessiblePdfExporter(Templates.CONTEXT);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        // PDF/A-2 level A: level B plus the logical structure, language and Unicode text that PDF/UA asks too
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        config.setIccProfilePath(SRGB.toString());
        config.setMetadataTitle(title(period));
        config.setMetadataAuthor(AUTHOR);
        config.setMetadataSubject(subject(period));
        config.setMetadataCreator("stocktake");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        try {
            // written whole, so that a reader (the portal serving it) never sees half a pack
            WholeFiles.write(file, out -> {
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path srgbProfile() {
        try {
            Path file = Files.createTempFile("stocktake-srgb-", ".icc");
            file.toFile().deleteOnExit();
            return Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
