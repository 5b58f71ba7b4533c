package org.stocktake.bench;

import static org.stocktake.standard.CodeList.ALIGNED;
import static org.stocktake.standard.CodeList.CENTRAL;
import static org.stocktake.standard.CodeList.LOCAL;
import static org.stocktake.standard.CodeList.POOLED;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/**
 * Writes a valid return with a large Family records sheet by writing the xlsx zip directly, as Excel lays it
 * out (references and outcomes in a shared-strings part, dates as serial numbers in a date-styled cell): a
 * million rows take seconds, where POI's SXSSF takes minutes. Birmingham, 2012-13 Q2, with Families figures
 * that agree with the records (§3.3), so the return is ACCEPTED when imported as of 2012-11-30 against
 * {@link #writeReference}.
 *
 * <p>{@code duplicateAt}, when positive, gives the record on that sheet row the reference of the first record,
 * for testing REC-DUPLICATE at scale.
 */
public final class LargeReturnWriter {

    public static final String SHEET = ReturnLayout.FAMILY_RECORDS;
    public static final String RECORDS_PART = "xl/worksheets/sheet4.xml";
    public static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    private static final LocalDate PERIOD_START = LocalDate.of(2012, 7, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2012, 9, 30);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<String> OUTCOMES = RecordColumns.OUTCOME.codes();
    private static final List<String> HEADER = ReturnLayout.headers(RecordColumns.ALL);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** What the Families sheet must declare for the records written. */
    public record Counts(long identified, long started, long helped, long outcomes) {
    }

    private LargeReturnWriter() {
    }

    public static String reference(int record) {
        return String.format("BHM-%07d", record);
    }

    /** Writes {@code records} family records (sheet rows 2 to records + 1) and the other sheets. */
    public static Counts write(Path file, int records, int duplicateAt) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED); // a 1M-row file is still ~20 MiB, well under the 50 MiB limit
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            put(zip, out, "[Content_Types].xml", contentTypes());
            put(zip, out, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, out, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + sheet(ReturnLayout.COVER, 1) + sheet(ReturnLayout.FAMILIES, 2) + sheet(ReturnLayout.FUNDING, 3)
                    + sheet(SHEET, 4) + "</sheets></workbook>");
            put(zip, out, "xl/_rels/workbook.xml.rels", workbookRels());
            put(zip, out, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN
                    + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");

            zip.putNextEntry(new ZipEntry(RECORDS_PART));
            Counts counts = records(out, records, duplicateAt);
            out.flush();
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            sharedStrings(out, records);
            out.flush();
            zip.closeEntry();

            put(zip, out, "xl/worksheets/sheet1.xml", labelSheet(Map.of(
                    CoverLabels.TEMPLATE_VERSION, ReturnLayout.TEMPLATE_VERSION, CoverLabels.AREA_CODE, "E08000025",
                    CoverLabels.AREA_NAME, "Birmingham", CoverLabels.PERIOD, "2012-13 Q2",
                    CoverLabels.STRAND, CodeList.FAMILIES_WITH_MULTIPLE_PROBLEMS,
                    CoverLabels.CONTACT_NAME, "Asha Patel",
                    CoverLabels.CONTACT_EMAIL, "asha.patel@birmingham.gov.uk", CoverLabels.SIGNED_OFF_BY, "Tom Okafor",
                    CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 10, 15)), CoverLabels.ALL));
            put(zip, out, "xl/worksheets/sheet2.xml", labelSheet(Map.of(
                    FamiliesLabels.IDENTIFIED, counts.identified(), FamiliesLabels.STARTED, counts.started(),
                    FamiliesLabels.HELPED, counts.helped(), FamiliesLabels.OUTCOMES, counts.outcomes(),
                    FamiliesLabels.PLANNED, counts.identified()), FamiliesLabels.ALL));
            put(zip, out, "xl/worksheets/sheet3.xml", funding());
            out.close();
            return counts;
        }
    }

    /** A reference folder (register and ledger) under which the written return is valid. */
    public static Path writeReference(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pilots.csv"), "area_code,area_name,strand,first_period,last_period\n"
                + "E08000025,Birmingham,Families with multiple problems,2011-12 Q1,\n");
        Files.writeString(dir.resolve("ledger.csv"), "area_code,department,period,amount,reference\n"
                + "E08000025,DWP,2012-13 Q2,200000.25,ESF-2\n");
        return dir;
    }

    /*
     * Record i: identified on one of 1,300 days up to 2012-07-24; three in four started (within 60 days, so
     * never after the period end); of those, one in three closed 100 days later and four in five with an
     * outcome. Shared strings: the four outcomes, the five header texts, then one reference per record.
     */
    private static Counts records(Writer out, int records, int duplicateAt) throws IOException {
        long started = 0;
        long helped = 0;
        long outcomes = 0;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><dimension ref=\"A1:E" + (records + 1) + "\"/><sheetData><row r=\"1\">");
        for (int c = 0; c < HEADER.size(); c++) {
            out.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + (OUTCOMES.size() + c) + "</v></c>");
        }
        out.write("</row>");
        StringBuilder row = new StringBuilder(256);
        LocalDate base = LocalDate.of(2009, 1, 1);
        for (int i = 1; i <= records; i++) {
            int r = i + 1;
            int refIndex = OUTCOMES.size() + HEADER.size() + (r == duplicateAt ? 0 : i - 1);
            LocalDate identified = base.plusDays(i % 1300);
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>")
                    .append(refIndex).append("</v></c>");
            date(row, 'B', r, identified);
            if (i % 4 != 0) {
                LocalDate start = identified.plusDays(i % 60);
                helped++;
                if (!start.isBefore(PERIOD_START) && !start.isAfter(PERIOD_END)) {
                    started++;
                }
                date(row, 'C', r, start);
                if (i % 3 == 0) {
                    date(row, 'D', r, start.plusDays(100));
                }
                if (i % 5 != 0) {
                    outcomes++;
                    row.append("<c r=\"E").append(r).append("\" t=\"s\"><v>").append(i % OUTCOMES.size())
                            .append("</v></c>");
                }
            }
            row.append("</row>");
            out.append(row);
        }
        out.write("</sheetData></worksheet>");
        return new Counts(records, started, helped, outcomes);
    }

    private static void date(StringBuilder row, char column, int r, LocalDate date) {
        row.append("<c r=\"").append(column).append(r).append("\" s=\"1\"><v>")
                .append(ChronoUnit.DAYS.between(EXCEL_EPOCH, date)).append("</v></c>");
    }

    private static void sharedStrings(Writer out, int records) throws IOException {
        int count = OUTCOMES.size() + HEADER.size() + records;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + MAIN + "\" count=\""
                + count + "\" uniqueCount=\"" + count + "\">");
        for (String s : OUTCOMES) {
            out.write("<si><t>" + xml(s) + "</t></si>");
        }
        for (String s : HEADER) {
            out.write("<si><t>" + xml(s) + "</t></si>");
        }
        for (int i = 1; i <= records; i++) {
            out.write("<si><t>");
            out.write(reference(i));
            out.write("</t></si>");
        }
        out.write("</sst>");
    }

    /** Labels in column A from row 3, in the layout's order, each value in column B. */
    private static String labelSheet(Map<Field, Object> values, List<Field> labels) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>");
        for (int i = 0; i < labels.size(); i++) {
            int r = i + 3;
            s.append("<row r=\"").append(r).append("\">");
            inline(s, "A" + r, labels.get(i).label());
            Object value = values.get(labels.get(i));
            if (value instanceof String text) {
                inline(s, "B" + r, text);
            } else if (value instanceof LocalDate date) {
                date(s, 'B', r, date);
            } else {
                s.append("<c r=\"B").append(r).append("\"><v>").append(value).append("</v></c>");
            }
            s.append("</row>");
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    private static String funding() {
        Object[][] lines = {
                {"Local authority", "Troubled families team", LOCAL, POOLED, "1200000", "600000", "450000.5"},
                {"Police", "Integrated offender management", LOCAL, ALIGNED, "250000", "125000", "100000"},
                {"DWP", "ESF families provision", CENTRAL, "Virtual pool", "400000", "200000.25", "150000"},
                {ReturnLayout.TOTAL, null, null, null, "1850000", "925000.25", "700000.5"}};
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"3\">");
        List<String> header = ReturnLayout.headers(FundingColumns.ALL);
        for (int c = 0; c < header.size(); c++) {
            inline(s, (char) ('A' + c) + "3", header.get(c));
        }
        s.append("</row>");
        for (int i = 0; i < lines.length; i++) {
            int r = i + 4;
            s.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < lines[i].length; c++) {
                String ref = (char) ('A' + c) + String.valueOf(r);
                if (lines[i][c] == null) {
                    continue;
                }
                if (c < 4) {
                    inline(s, ref, (String) lines[i][c]);
                } else {
                    s.append("<c r=\"").append(ref).append("\"><v>").append(lines[i][c]).append("</v></c>");
                }
            }
            s.append("</row>");
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    private static void inline(StringBuilder s, String ref, String text) {
        s.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(xml(text)).append("</t></is></c>");
    }

    private static String sheet(String name, int id) {
        return "<sheet name=\"" + xml(name) + "\" sheetId=\"" + id + "\" r:id=\"rId" + id + "\"/>";
    }

    /** Text as XML content or an attribute value. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String contentTypes() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 1; i <= 4; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String workbookRels() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= 4; i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId5\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
        s.append("<Relationship Id=\"rId6\" Type=\"").append(REL)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    private static void put(ZipOutputStream zip, Writer out, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(text);
        out.flush();
        zip.closeEntry();
    }
}
