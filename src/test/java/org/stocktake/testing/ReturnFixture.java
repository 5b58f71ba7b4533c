package org.stocktake.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.ExplanationColumns;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/**
 * A return workbook written by POI for tests: a valid Birmingham return for 2012-13 Q2 by default, which a
 * test changes cell by cell to break one rule. Layout: Cover and Families labels from row 3 (values in
 * column B), the Funding header on row 3 with lines from row 4 and a Total row of SUM formulas, Family
 * records with its header on row 1.
 */
public final class ReturnFixture {

    /** A formula cell; POI writes it and the fixture evaluates it so the file carries a cached value. */
    public record Formula(String expression) {
    }

    public static final String[] FUNDING_HEADER = ReturnLayout.headers(FundingColumns.ALL).toArray(String[]::new);
    public static final String[] RECORDS_HEADER = ReturnLayout.headers(RecordColumns.ALL).toArray(String[]::new);

    public final Map<String, Object> cover = new LinkedHashMap<>();
    public final Map<String, Object> families = new LinkedHashMap<>();
    public final List<Object[]> funding = new ArrayList<>();
    public String[] fundingHeader = FUNDING_HEADER.clone();
    public boolean totalRow = true;
    public final Map<Integer, Object> totalOverrides = new HashMap<>();
    public String[] recordsHeader = RECORDS_HEADER.clone();
    public List<Object[]> records;
    public List<Object[]> explanations;
    public final Map<String, String> sheetNames = new HashMap<>();

    public ReturnFixture() {
        cover(CoverLabels.TEMPLATE_VERSION, ReturnLayout.TEMPLATE_VERSION);
        cover(CoverLabels.AREA_CODE, "E08000025");
        cover(CoverLabels.AREA_NAME, "Birmingham");
        cover(CoverLabels.PERIOD, "2012-13 Q2");
        cover(CoverLabels.STRAND, CodeList.FAMILIES_WITH_MULTIPLE_PROBLEMS);
        cover(CoverLabels.CONTACT_NAME, "Asha Patel");
        cover(CoverLabels.CONTACT_EMAIL, "asha.patel@birmingham.gov.uk");
        cover(CoverLabels.SIGNED_OFF_BY, "Tom Okafor");
        cover(CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 10, 15));
        families(FamiliesLabels.IDENTIFIED, 4000);
        families(FamiliesLabels.STARTED, 50);
        families(FamiliesLabels.HELPED, 300);
        families(FamiliesLabels.OUTCOMES, 120);
        families(FamiliesLabels.PLANNED, 500);
        funding.add(new Object[] {"Local authority", "Troubled families team", CodeList.LOCAL, CodeList.POOLED,
                new BigDecimal("1200000.00"), new BigDecimal("600000.00"), new BigDecimal("450000.50")});
        funding.add(new Object[] {"Police", "Integrated offender management", CodeList.LOCAL, CodeList.ALIGNED,
                new BigDecimal("250000"), new BigDecimal("125000"), new BigDecimal("100000")});
        funding.add(new Object[] {"DWP", "ESF families provision", CodeList.CENTRAL, "Virtual pool",
                new BigDecimal("400000"), new BigDecimal("200000.25"), new BigDecimal("150000")});
    }

    /** Cover is rows 3..11, so a label's value cell is {@code B(3 + index)}. */
    public static String coverCell(int index) {
        return "B" + (3 + index);
    }

    /** Sets a Cover value under the layout's label. */
    public ReturnFixture cover(Field field, Object value) {
        return cover(field.label(), value);
    }

    /** Sets a Cover value under a label as written, which may differ from the layout's (case, a trailing ':'). */
    public ReturnFixture cover(String label, Object value) {
        cover.put(label, value);
        return this;
    }

    public ReturnFixture families(Field field, Object value) {
        return families(field.label(), value);
    }

    public ReturnFixture families(String label, Object value) {
        families.put(label, value);
        return this;
    }

    /** Replaces one cell of budget line {@code line} (0-based; sheet row 4 + line), column 0-based. */
    public ReturnFixture fundingCell(int line, int column, Object value) {
        funding.get(line)[column] = value;
        return this;
    }

    public ReturnFixture withRecords(List<Object[]> rows) {
        records = new ArrayList<>(rows);
        return this;
    }

    /** Columns an officer added after the layout's Family records columns. */
    public ReturnFixture withExtraRecordColumns(String... headers) {
        List<String> all = new ArrayList<>(List.of(RECORDS_HEADER));
        all.addAll(List.of(headers));
        recordsHeader = all.toArray(String[]::new);
        return this;
    }

    public ReturnFixture renameSheet(String from, String to) {
        sheetNames.put(from, to);
        return this;
    }

    /** Sheet row of the Total row: after the header (row 3) and the lines. */
    public int totalSheetRow() {
        return 4 + funding.size();
    }

    public Path writeXlsx(Path dir, String name) {
        return write(new XSSFWorkbook(), dir.resolve(name));
    }

    public Path writeXls(Path dir, String name) {
        return write(new HSSFWorkbook(), dir.resolve(name));
    }

    private Path write(Workbook wb, Path file) {
        try (wb) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle moneyStyle = wb.createCellStyle();
            moneyStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00"));

            if (!"".equals(sheetNames.get(ReturnLayout.COVER))) {
                labelSheet(wb, name(ReturnLayout.COVER), "Community Budget stocktake return", cover, dateStyle);
            }
            if (!"".equals(sheetNames.get(ReturnLayout.FAMILIES))) {
                labelSheet(wb, name(ReturnLayout.FAMILIES), "Families with multiple problems", families, dateStyle);
            }
            if (!"".equals(sheetNames.get(ReturnLayout.FUNDING))) {
                Sheet sheet = wb.createSheet(name(ReturnLayout.FUNDING));
                set(sheet, 0, 0, "Partner budgets pooled or aligned", dateStyle);
                Row header = sheet.createRow(2);
                for (int c = 0; c < fundingHeader.length; c++) {
                    header.createCell(c).setCellValue(fundingHeader[c]);
                }
                for (int i = 0; i < funding.size(); i++) {
                    Object[] line = funding.get(i);
                    for (int c = 0; c < line.length; c++) {
                        Cell cell = set(sheet, 3 + i, c, line[c], dateStyle);
                        if (cell != null && c >= 4) {
                            cell.setCellStyle(moneyStyle);
                        }
                    }
                }
                if (totalRow) {
                    int row = 3 + funding.size();
                    set(sheet, row, 0, ReturnLayout.TOTAL, dateStyle);
                    for (int c = 4; c <= 6; c++) {
                        String col = String.valueOf((char) ('A' + c));
                        Object value = totalOverrides.containsKey(c) ? totalOverrides.get(c)
                                : new Formula("SUM(" + col + "4:" + col + row + ")");
                        set(sheet, row, c, value, dateStyle);
                    }
                }
            }
            if (records != null) {
                Sheet sheet = wb.createSheet(name(ReturnLayout.FAMILY_RECORDS));
                Row header = sheet.createRow(0);
                for (int c = 0; c < recordsHeader.length; c++) {
                    header.createCell(c).setCellValue(recordsHeader[c]);
                }
                for (int r = 0; r < records.size(); r++) {
                    Object[] values = records.get(r);
                    for (int c = 0; c < values.length; c++) {
                        set(sheet, 1 + r, c, values[c], dateStyle);
                    }
                }
            }
            if (explanations != null) {
                Sheet sheet = wb.createSheet(name(ReturnLayout.EXPLANATIONS));
                set(sheet, 0, 0, ExplanationColumns.RULE.header(), dateStyle);
                set(sheet, 0, 1, ExplanationColumns.EXPLANATION.header(), dateStyle);
                for (int r = 0; r < explanations.size(); r++) {
                    for (int c = 0; c < explanations.get(r).length; c++) {
                        set(sheet, 1 + r, c, explanations.get(r)[c], dateStyle);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String name(String sheet) {
        return sheetNames.getOrDefault(sheet, sheet);
    }

    private static void labelSheet(Workbook wb, String name, String title, Map<String, Object> values, CellStyle dateStyle) {
        Sheet sheet = wb.createSheet(name);
        set(sheet, 0, 0, title, dateStyle);
        int row = 2;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            set(sheet, row, 0, e.getKey(), dateStyle);
            set(sheet, row, 1, e.getValue(), dateStyle);
            row++;
        }
    }

    private static Cell set(Sheet sheet, int row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return null;
        }
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + ": " + Arrays.toString(new Object[] {value}));
        }
        return cell;
    }
}
