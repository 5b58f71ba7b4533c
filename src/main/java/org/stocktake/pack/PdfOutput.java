package org.stocktake.pack;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
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

import org.stocktake.standard.Period;

/**
 * Exports the filled reports as one tagged, A4, en-GB PDF with its metadata, conformant to PDF/UA-1 and PDF/A-2a:
 * furniture marked as artifacts while exporting ({@link ArtifactPdfExporter}) and sRGB as the output intent;
 * {@link AccessiblePdf} finishes it.
 */
final class PdfOutput {

    static final String AUTHOR = "Community Budgets central team";
    private static final String LANGUAGE = "en-GB";
    /** PDF/A-2 level A: PDF/A-2b plus the tagged logical structure, language and Unicode text PDF/UA also asks. */
    static final PdfaConformanceEnum CONFORMANCE = PdfaConformanceEnum.PDFA_2A;

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

    /** The exported PDF, to be finished by {@link AccessiblePdf#finish}. */
    static byte[] export(List<JasperPrint> prints, Period period) throws JRException {
        ArtifactPdfExporter exporter = new ArtifactPdfExporter(Templates.CONTEXT);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        ByteArrayOutputStream exported = new ByteArrayOutputStream(1 << 20);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(exported));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setTagLanguage(LANGUAGE);
        config.setPdfaConformance(CONFORMANCE);
        config.setIccProfilePath(SRGB.toString());
        config.setMetadataTitle(title(period));
        config.setMetadataAuthor(AUTHOR);
        config.setMetadataSubject(subject(period));
        config.setMetadataCreator("stocktake");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
        return exported.toByteArray();
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
