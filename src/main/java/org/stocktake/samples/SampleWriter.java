package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.pounds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.FamilyRecord;
import org.stocktake.samples.SampleModel.Line;
import org.stocktake.samples.SampleModel.RegisterRow;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.template.FilledReturn;
import org.stocktake.template.ReturnTemplate;
import org.stocktake.workbook.CellAddress;

/**
 * Writes a sample return as an officer sends it: the area's template ({@link ReturnTemplate}) filled in, with
 * the Funding table sized to its lines (header on row {@value SampleModel#FUNDING_HEADER_ROW}, Total straight
 * after the last line), saved as {@code .xlsx} or, for the legacy sample, {@code .xls}. The bytes depend on
 * nothing but the return: fixed document dates and zip entry times.
 */
final class SampleWriter {

    private static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2012, 1, 1, 0, 0);
    private static final Date FIXED_CREATED = Date.from(FIXED_ZIP_TIME.toInstant(ZoneOffset.UTC));
    private static final String AUTHOR = "stocktake sample generator";

    private SampleWriter() {
    }

    static byte[] write(Doc d) {
        try (Workbook wb = d.legacyXls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            ReturnTemplate.fillIn(wb, filledIn(d));
            if (!d.coverSheetName.equals(ReturnLayout.COVER)) {
                wb.setSheetName(wb.getSheetIndex(ReturnLayout.COVER), d.coverSheetName);
            }
            if (d.totalMissesLastLine) {
                sumAllButTheLastLine(wb.getSheet(ReturnLayout.FUNDING), d);
            }
            return toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FilledReturn filledIn(Doc d) {
        RegisterRow row = d.row;
        FilledReturn f = FilledReturn.of(new RegisterEntry(row.areaCode(), row.areaName(), row.strand(), row.first(),
                row.last()), d.period).fundingTable(SampleModel.FUNDING_HEADER_ROW, d.lines.size());
        // the register's values stand unless a mistake overwrote them (Croydon's name, Blackburn's period)
        Map.of(CoverLabels.TEMPLATE_VERSION, d.templateVersion, CoverLabels.AREA_NAME, d.areaName,
                CoverLabels.PERIOD, d.periodText, CoverLabels.STRAND, d.strand, CoverLabels.CONTACT_NAME, d.contact,
                CoverLabels.CONTACT_EMAIL, d.email, CoverLabels.SIGNED_OFF_BY, d.signedOffBy,
                CoverLabels.SIGNED_OFF_ON, d.signedOn).forEach(f::cover);
        Map.of(FamiliesLabels.IDENTIFIED, d.identified, FamiliesLabels.STARTED, d.started,
                FamiliesLabels.HELPED, d.helped, FamiliesLabels.OUTCOMES, d.outcomes,
                FamiliesLabels.PLANNED, d.planned).forEach(f::families);
        for (Line l : d.lines) {
            f.fundingLine(l.partner, l.stream, l.source, l.arrangement, pounds(l.committed),
                    l.receivedText != null ? l.receivedText : pounds(l.received), pounds(l.spent));
        }
        if (d.records != null) {
            for (FamilyRecord r : d.records) {
                f.record(r.reference(), r.identified(), r.started(), r.closed(), r.outcome());
            }
        }
        for (Map.Entry<String, String> e : d.explanations.entrySet()) {
            f.explanation(e.getKey(), e.getValue());
        }
        return f;
    }

    /** The Bradford mistake: a line inserted below the range the Total row's SUM formulas cover. */
    private static void sumAllButTheLastLine(Sheet funding, Doc d) {
        int summed = d.lines.size() - 1;
        for (Column column : FundingColumns.MONEY) {
            int c = FundingColumns.ALL.indexOf(column);
            long sum = 0;
            for (Line l : d.lines.subList(0, summed)) {
                sum += column == FundingColumns.COMMITTED ? l.committed
                        : column == FundingColumns.RECEIVED ? (l.receivedText != null ? 0 : l.received) : l.spent;
            }
            String letters = CellAddress.column(c);
            Cell cell = funding.getRow(d.totalRow() - 1).getCell(c);
            cell.setCellFormula("SUM(" + letters + Doc.lineRow(0) + ":" + letters + Doc.lineRow(summed - 1) + ")");
            cell.setCellValue(pounds(sum).doubleValue()); // the cached value, exact to the penny
        }
    }

    /** The workbook's bytes, the same for the same workbook: fixed document dates and zip entry times. */
    static byte[] toBytes(Workbook wb) throws IOException {
        if (wb instanceof XSSFWorkbook x) {
            x.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATED));
            x.getProperties().getCoreProperties().setCreator(AUTHOR);
        } else if (wb instanceof HSSFWorkbook h) {
            h.createInformationProperties();
            h.getSummaryInformation().setAuthor(AUTHOR);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return wb instanceof XSSFWorkbook ? fixZipTimes(out.toByteArray()) : out.toByteArray();
    }

    /** Rewrites a zip with every entry time fixed, so the same workbook gives the same bytes. */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(FIXED_ZIP_TIME);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
