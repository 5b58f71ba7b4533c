package org.stocktake.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Finishes a tagged PDF/A-2a export as PDF/UA-1 (ISO 14289-1), the two things JasperReports 7.0.6 and OpenPDF
 * cannot do: the XMP metadata stream that identifies both standards (with the PDF/A extension schema that
 * declares {@code pdfuaid}, so PDF/A stays valid) and carries the document information, and no CIDSet in the
 * embedded fonts' descriptors (OpenPDF's lists only the subset's glyphs; both standards make it optional but
 * require it complete when present).
 */
final class AccessiblePdf {

    private AccessiblePdf() {
    }

    /**
     * Reads the exported PDF, finishes it and writes it to {@code file}: the export followed by an incremental
     * update holding only the changed objects, so finishing costs a fraction of the export.
     */
    static void finish(byte[] exported, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(exported)) {
            Set<COSDictionary> changed = new HashSet<>();
            Set<COSDictionary> seen = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                dropCidSets(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), changed, seen);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info.getModificationDate() == null) {
                info.setModificationDate(info.getCreationDate());
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(info, catalog.getLanguage(), PdfOutput.CONFORMANCE)
                    .getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            changed.add(catalog.getCOSObject());
            changed.add(info.getCOSObject());
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.saveIncremental(out, changed);
            }
        }
    }

    /** Removes the CIDSet of every CID font the resources use, also in their form XObjects (fonts are shared). */
    private static void dropCidSets(COSDictionary resources, Set<COSDictionary> changed, Set<COSDictionary> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSBase font : values(resources.getCOSDictionary(COSName.FONT))) {
            if (font instanceof COSDictionary type0 && type0.getCOSArray(COSName.DESCENDANT_FONTS) != null) {
                for (COSBase descendant : type0.getCOSArray(COSName.DESCENDANT_FONTS)) {
                    COSDictionary descriptor = dereference(descendant) instanceof COSDictionary cidFont
                            ? cidFont.getCOSDictionary(COSName.FONT_DESC) : null;
                    if (descriptor != null && descriptor.containsKey(COSName.CID_SET)) {
                        descriptor.removeItem(COSName.CID_SET);
                        changed.add(descriptor);
                    }
                }
            }
        }
        for (COSBase xobject : values(resources.getCOSDictionary(COSName.XOBJECT))) {
            if (xobject instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                dropCidSets(form.getCOSDictionary(COSName.RESOURCES), changed, seen);
            }
        }
    }

    private static List<COSBase> values(COSDictionary dictionary) {
        return dictionary == null ? List.of()
                : dictionary.getValues().stream().map(AccessiblePdf::dereference).toList();
    }

    private static COSBase dereference(COSBase value) {
        return value instanceof COSObject reference ? reference.getObject() : value;
    }

    /**
     * The XMP packet: PDF/A part and level (from the exporter's conformance, such as {@code pdfa2a}), PDF/UA-1,
     * and the same title, author, subject, tool and dates as the document information dictionary.
     */
    private static String xmp(PDDocumentInformation info, String language, PdfaConformanceEnum conformance) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <pdf:Producer>%s</pdf:Producer>
                   <pdfaid:part>%s</pdfaid:part>
                   <pdfaid:conformance>%s</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(xml(info.getTitle()), xml(info.getAuthor()), xml(info.getSubject()), xml(language),
                xml(info.getCreator()), date(info.getCreationDate()), date(info.getModificationDate()),
                xml(info.getProducer()), conformance.getName().charAt(4),
                Character.toUpperCase(conformance.getName().charAt(5)));
    }

    private static String date(Calendar calendar) {
        ZonedDateTime time = ((GregorianCalendar) calendar).toZonedDateTime();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
