package org.stocktake.pack;

import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.PdfExporterConfiguration;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * JasperReports' tagged PDF exporter with what PDF/UA-1 (ISO 14289-1) needs beyond it; JasperReports 7.0.6 has no
 * PDF/UA option.
 * <ul>
 * <li>Every mark is tagged content or an artifact (7.1). Jasper tags each text and image but draws lines,
 * rectangles, fills and cell borders outside any tag, and has no property for page furniture. Here whatever an
 * element draws outside its text or image tag (background, borders, a line or rectangle) is an {@code /Artifact}:
 * decoration carries nothing the tagged text does not. An element with the property {@value #ARTIFACT} (value
 * {@code Header} or {@code Footer}), and everything in it if it is a frame, is a pagination artifact of that
 * subtype, repeated on every page and so not read as content.</li>
 * <li>The XMP metadata identify PDF/UA-1 and the PDF/A part and level ({@link XmpMetadata}).</li>
 * <li>No CIDSet in the embedded fonts' descriptors: OpenPDF's lists only the subset's glyphs, while PDF/UA-1
 * (7.21.4.2) and PDF/A-2 (6.2.11.4.2) require a CIDSet, which both make optional, to list all of them.</li>
 * </ul>
 */
final class AccessiblePdfExporter extends JRPdfExporter {

    /** Element property: this element is page furniture; the value is the pagination subtype. */
    static final String ARTIFACT = "org.stocktake.pdf.artifact";

    private static final PdfName ARTIFACT_TAG = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");

    AccessiblePdfExporter(JasperReportsContext context) {
        super(context);
        tagHelper = new ArtifactTagHelper(this);
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new Producer(createPdfProducerContext());
    }

    private final class Producer extends ClassicPdfProducer {

        Producer(PdfProducerContext context) {
            super(context);
        }

        @Override
        public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            if (font.getBaseFont() != null) {
                font.getBaseFont().setIncludeCidSet(false);
            }
            return font;
        }

        /** The document information is complete once the pages are written; the XMP packet repeats it. */
        @Override
        public void close() {
            PdfExporterConfiguration configuration = getCurrentConfiguration();
            getPdfWriter().setXmpMetadata(XmpMetadata.packet(getPdfWriter().getInfo(), configuration.getTagLanguage(),
                    configuration.getPdfaConformance()));
            super.close();
        }
    }

    /**
     * Follows the exporter's calls: an element starts, its text or image tag begins and ends, the element ends
     * (frames nest). Between them an artifact sequence is open, so no mark is left untagged.
     */
    private static final class ArtifactTagHelper extends JRPdfExporterTagHelper {

        private int elementDepth;
        private int furnitureDepth;
        private boolean decorationOpen;

        ArtifactTagHelper(JRPdfExporter exporter) {
            super(exporter);
        }

        private PdfContentByte content() {
            return ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
        }

        @Override
        protected void startPage() {
            super.startPage();
            elementDepth = 0;
            furnitureDepth = 0;
            decorationOpen = false;
        }

        @Override
        protected void startElement(JRPrintElement element) {
            if (!isTagged) {
                super.startElement(element);
                return;
            }
            if (furnitureDepth > 0) {
                furnitureDepth++;
                super.startElement(element);
                return;
            }
            closeDecoration();
            super.startElement(element);
            String pagination = element.hasProperties() ? element.getPropertiesMap().getProperty(ARTIFACT) : null;
            if (pagination != null) {
                PdfDictionary properties = new PdfDictionary();
                properties.put(PdfName.TYPE, PAGINATION);
                properties.put(PdfName.SUBTYPE, new PdfName(pagination));
                content().beginMarkedContentSequence(ARTIFACT_TAG, properties, true);
                furnitureDepth = 1;
            } else {
                elementDepth++;
                openDecoration();
            }
        }

        @Override
        protected void endElement(JRPrintElement element) {
            if (!isTagged) {
                super.endElement(element);
                return;
            }
            if (furnitureDepth > 0) {
                furnitureDepth--;
                if (furnitureDepth == 0) {
                    content().endMarkedContentSequence();
                    reopenForEnclosingFrame();
                }
                super.endElement(element);
                return;
            }
            closeDecoration();
            super.endElement(element);
            elementDepth--;
            reopenForEnclosingFrame();
        }

        /** A frame draws its own border after its children. */
        private void reopenForEnclosingFrame() {
            if (elementDepth > 0) {
                openDecoration();
            }
        }

        @Override
        protected void startText(JRPrintText text, String actualText) {
            if (furnitureDepth > 0) {
                return;
            }
            closeDecoration();
            super.startText(text, actualText);
        }

        @Override
        protected void endText() {
            if (furnitureDepth > 0) {
                return;
            }
            super.endText();
            openDecoration();
        }

        @Override
        protected void startImage(JRPrintImage image) {
            if (furnitureDepth > 0) {
                return;
            }
            closeDecoration();
            super.startImage(image);
        }

        @Override
        protected void endImage() {
            if (furnitureDepth > 0) {
                return;
            }
            super.endImage();
            openDecoration();
        }

        private void openDecoration() {
            if (isTagged && !decorationOpen) {
                content().beginMarkedContentSequence(ARTIFACT_TAG);
                decorationOpen = true;
            }
        }

        private void closeDecoration() {
            if (decorationOpen) {
                content().endMarkedContentSequence();
                decorationOpen = false;
            }
        }
    }
}
