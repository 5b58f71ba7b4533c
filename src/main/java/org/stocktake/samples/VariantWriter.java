package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.pounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Line;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;

/**
 * The Cheshire West and Chester variant: a workbook an area built itself, not the template, taking every
 * liberty the standard allows (§3) and still to be ACCEPTED: sheet names in other case or with spaces, labels
 * on other rows, in other case, with a trailing {@code :} or {@code *}; template version {@code 1.0} as text;
 * period {@code 2012/13 Q1}; Funding columns in another order; numbers and money as text; a text date; typed
 * (not formula) totals. Labels and headers are the layout's, so a change of label reaches this sample too.
 */
final class VariantWriter {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VariantWriter() {
    }

    static byte[] write(Doc d) {
        try (Workbook wb = new XSSFWorkbook()) {
            Font font = wb.createFont();
            font.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00"));
            CellStyle moneyBold = wb.createCellStyle();
            moneyBold.cloneStyleFrom(money);
            moneyBold.setFont(font);

            Sheet cover = wb.createSheet(ReturnLayout.COVER.toLowerCase(Locale.ROOT) + " ");
            text(cover, 0, 0, "STOCKTAKE RETURN - " + d.areaName.toUpperCase(Locale.ROOT), bold);
            label(cover, 2, upper(CoverLabels.AREA_CODE) + ":").setCellValue(d.areaCode);
            label(cover, 3, CoverLabels.AREA_NAME.label()).setCellValue(d.areaName);
            label(cover, 4, lower(CoverLabels.TEMPLATE_VERSION) + " *").setCellValue("1.0");
            label(cover, 6, CoverLabels.PERIOD.label() + ":").setCellValue(d.period.financialYear().replace('-', '/')
                    + " Q" + d.period.quarter());
            label(cover, 7, capitalised(CoverLabels.STRAND.label())).setCellValue(d.strand);
            label(cover, 9, lower(CoverLabels.CONTACT_NAME) + "*").setCellValue(d.contact);
            label(cover, 10, capitalised(CoverLabels.CONTACT_EMAIL.label()) + ":").setCellValue(d.email);
            label(cover, 12, "  " + CoverLabels.SIGNED_OFF_BY.label() + "  ").setCellValue(d.signedOffBy);
            label(cover, 13, CoverLabels.SIGNED_OFF_ON.label() + " *").setCellValue(d.signedOn.format(UK_DATE));
            widths(cover, 22, 40);

            Sheet fam = wb.createSheet(ReturnLayout.FAMILIES.toUpperCase(Locale.ROOT));
            text(fam, 0, 0, ReturnLayout.FAMILIES, bold);
            label(fam, 1, FamiliesLabels.OUTCOMES.label() + ":").setCellValue(d.outcomes);
            label(fam, 2, upper(FamiliesLabels.IDENTIFIED)).setCellValue(String.format(Locale.UK, "%,d", d.identified));
            label(fam, 3, lower(FamiliesLabels.HELPED) + " *").setCellValue(d.helped);
            label(fam, 4, FamiliesLabels.STARTED.label() + ":").setCellValue(String.valueOf(d.started));
            label(fam, 6, FamiliesLabels.PLANNED.label()).setCellValue(" " + d.planned + " ");
            widths(fam, 42, 12);

            funding(wb.createSheet(ReturnLayout.FUNDING), d, bold, money, moneyBold);
            return SampleWriter.toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns in another order, headers with and without {@code (£)}, one amount as text, typed totals. */
    private static void funding(Sheet fund, Doc d, CellStyle bold, CellStyle money, CellStyle moneyBold) {
        text(fund, 0, 0, "Pooled and aligned budgets", bold);
        List<Column> order = List.of(FundingColumns.STREAM, FundingColumns.PARTNER, FundingColumns.COMMITTED,
                FundingColumns.ARRANGEMENT, FundingColumns.SOURCE, FundingColumns.SPENT, FundingColumns.RECEIVED);
        Row h = fund.createRow(2);
        for (Column column : order) {
            String header = column == FundingColumns.COMMITTED ? column.label() // without its (£)
                    : column == FundingColumns.SOURCE ? column.header().toUpperCase(Locale.ROOT)
                    : column == FundingColumns.RECEIVED ? column.header().toLowerCase(Locale.ROOT) : column.header();
            h.createCell(order.indexOf(column)).setCellValue(header);
        }
        DecimalFormat gbp = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        int textLine = d.indexOf("Local authority");
        for (int i = 0; i < d.lines.size(); i++) {
            Line l = d.lines.get(i);
            Row r = fund.createRow(3 + i);
            r.createCell(order.indexOf(FundingColumns.STREAM)).setCellValue(l.stream);
            r.createCell(order.indexOf(FundingColumns.PARTNER)).setCellValue(l.partner);
            money(r, order.indexOf(FundingColumns.COMMITTED), l.committed, money);
            r.createCell(order.indexOf(FundingColumns.ARRANGEMENT)).setCellValue(l.arrangement);
            r.createCell(order.indexOf(FundingColumns.SOURCE)).setCellValue(l.source);
            money(r, order.indexOf(FundingColumns.SPENT), l.spent, money);
            if (i == textLine) {
                r.createCell(order.indexOf(FundingColumns.RECEIVED)).setCellValue(gbp.format(pounds(l.received)));
            } else {
                money(r, order.indexOf(FundingColumns.RECEIVED), l.received, money);
            }
        }
        Row total = fund.createRow(3 + d.lines.size());
        total.createCell(0).setCellValue(ReturnLayout.TOTAL);
        money(total, order.indexOf(FundingColumns.COMMITTED), d.sum(l -> true, l -> l.committed), moneyBold);
        money(total, order.indexOf(FundingColumns.SPENT), d.sum(l -> true, l -> l.spent), moneyBold);
        money(total, order.indexOf(FundingColumns.RECEIVED), d.sum(l -> true, l -> l.received), moneyBold);
        widths(fund, 52, 30, 22, 14, 10, 20, 22);
    }

    private static String upper(Field field) {
        return field.label().toUpperCase(Locale.ROOT);
    }

    private static String lower(Field field) {
        return field.label().toLowerCase(Locale.ROOT);
    }

    /** Every word capitalised: {@code Programme Strand}. */
    private static String capitalised(String label) {
        StringBuilder s = new StringBuilder(label.length());
        for (String word : label.split(" ")) {
            s.append(s.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return s.toString();
    }

    private static void text(Sheet s, int row, int col, String value, CellStyle style) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** Writes a label in column A of row {@code row} (0-based) and returns the value cell in column B. */
    private static Cell label(Sheet s, int row, String label) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        return r.createCell(1);
    }

    private static void money(Row r, int col, long pence, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(pounds(pence).doubleValue());
        c.setCellStyle(style);
    }

    private static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            s.setColumnWidth(i, chars[i] * 256);
        }
    }
}
