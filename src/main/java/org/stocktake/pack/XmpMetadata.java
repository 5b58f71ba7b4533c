package org.stocktake.pack;

import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;

import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The pack's XMP metadata packet, which PDF/UA-1 (7.1) requires to identify the standard, and which JasperReports
 * 7.0.6 writes (for PDF/A only) without that: PDF/UA-1 ({@code pdfuaid:part}, with the PDF/A extension schema that
 * declares it, so PDF/A stays valid), the PDF/A part and level, and the document information (dc:title and the rest).
 */
final class XmpMetadata {

    private XmpMetadata() {
    }

    /**
     * The packet: PDF/A part and level (from the exporter's conformance, such as {@code pdfa2a}), PDF/UA-1, and
     * the title, author, subject, tool, producer and creation date of the document information dictionary.
     */
    static byte[] packet(PdfDictionary info, String language, PdfaConformanceEnum conformance) {
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
                """.formatted(text(info, PdfName.TITLE), text(info, PdfName.AUTHOR), text(info, PdfName.SUBJECT),
                xml(language), text(info, PdfName.CREATOR), PdfDate.getW3CDate(info.getAsString(PdfName.CREATIONDATE).toString()),
                text(info, PdfName.PRODUCER), conformance.getName().charAt(4),
                Character.toUpperCase(conformance.getName().charAt(5))).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfString value = info.getAsString(key);
        return value == null ? "" : xml(value.toUnicodeString());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
