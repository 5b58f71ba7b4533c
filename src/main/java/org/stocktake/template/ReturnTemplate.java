package org.stocktake.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.workbook.CellAddress;

/**
 * Writes the return template for one area and period, pre-filled from the register (standard §3). The layout
 * is the one the reader expects, so a template filled in by an officer imports as it stands: labels in column A
 * with values in column B (Cover and Families), the Funding header on row {@value #FUNDING_HEADER_ROW} with
 * {@value #FUNDING_LINES} input rows and a Total row of SUM formulas straight after them, and empty Family
 * records and Explanations tables (an empty Family records table is not checked against the figures).
 * Input cells are unlocked and every sheet is protected without a password: the protection guards the layout,
 * not secrets.
 */
public final class ReturnTemplate {

    static final String VERSION = "1";
    /** Sheet rows are 1-based in these constants, as officers read them. */
    static final int FIRST_LABEL_ROW = 3;
    static final List<String> COVER_LABELS = List.of("Template version", "Area code", "Area name",
            "Reporting period", "Programme strand", "Contact name", "Contact email", "Signed off by",
            "Date signed off");
    static final List<String> FAMILIES_LABELS = List.of("Families identified", "Families started this quarter",
            "Families helped to date", "Families with outcomes achieved to date", "Families planned this year");
    static final List<String> FUNDING_HEADER = List.of("Partner", "Funding stream", "Source", "Arrangement",
            "Committed this year (£)", "Received to date (£)", "Spent to date (£)");
    static final int FUNDING_HEADER_ROW = 3;
    static final int FUNDING_LINES = 30;
    static final int FUNDING_TOTAL_ROW = FUNDING_HEADER_ROW + FUNDING_LINES + 1;
    static final List<String> RECORDS_HEADER = List.of("Family reference", "Date identified", "Date started",
            "Date closed", "Outcome");
    static final int RECORDS_HEADER_ROW = 3;
    /** Validations reach the standard's row limit; they cost nothing per row. */
    static final int RECORDS_LAST_ROW = 1_000_000;
    static final int EXPLANATION_ROWS = 50;
    static final String EARLIEST_DATE = "DATE(2000,1,1)";

    private final XSSFWorkbook wb;
    private final TemplateStyles styles;
    private final XSSFDataValidationHelper validations;
    private final RegisterEntry entry;
    private final Period period;

    private ReturnTemplate(XSSFWorkbook wb, RegisterEntry entry, Period period) {
        this.wb = wb;
        this.styles = new TemplateStyles(wb);
        this.entry = entry;
        this.period = period;
        this.validations = new XSSFDataValidationHelper(null);
    }

    /** {@code <out>/templates/E08000025-2012-13-Q2.xlsx}. */
    public static Path fileFor(Path outDir, String areaCode, Period period) {
        return outDir.resolve("templates").resolve(areaCode + "-" + period.fileName() + ".xlsx");
    }

    /**
     * Writes the template of an area for a period and returns where.
     *
     * @throws TemplateException when the register does not know the area or does not expect a return from it
     *                           for the period
     */
    public static Path write(Register register, String areaCode, Period period, Path outDir) {
        RegisterEntry entry = entryFor(register, areaCode, period);
        Path target = fileFor(outDir, entry.areaCode(), period);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new ReturnTemplate(wb, entry, period).build();
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static RegisterEntry entryFor(Register register, String areaCode, Period period) {
        String code = areaCode == null ? "" : areaCode.strip().toUpperCase(Locale.ROOT);
        if (!register.knows(code)) {
            throw new TemplateException("area code \"" + areaCode + "\" is not in the register of pilot areas;"
                    + " check the code (an ONS GSS code such as E08000025) or add the area to pilots.csv");
        }
        return register.entryFor(code, period).orElseThrow(() -> new TemplateException("the register does not"
                + " expect a return from " + code + " (" + register.areaName(code).orElse("") + ") for " + period
                + "; its first period is " + register.firstPeriod(code).map(Period::toString).orElse("unknown")
                + (register.entries().stream().anyMatch(e -> e.areaCode().equals(code) && e.lastPeriod() != null)
                        ? ", and it may have left the programme" : "")));
    }

    private void build() {
        instructions();
        cover();
        families();
        funding();
        records();
        explanations();
        XSSFSheet lists = TemplateLists.write(wb, styles);
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            protect(wb.getSheetAt(i));
        }
        wb.setActiveSheet(0);
        // Excel computes the Total formulas when the file is opened, so no stale cached value is ever shown.
        wb.setForceFormulaRecalculation(true);
    }

    private void instructions() {
        XSSFSheet sheet = wb.createSheet("Instructions");
        sheet.setColumnWidth(0, 110 * 256);
        int row = 0;
        for (String line : Instructions.lines(entry.areaName(), period)) {
            boolean heading = line.startsWith("# ");
            if (heading && row > 0) {
                row++;
            }
            XSSFCell cell = cell(sheet, row++, 0);
            cell.setCellValue(heading ? line.substring(2) : line);
            cell.setCellStyle(row == 1 ? styles.title : heading ? styles.heading : styles.text);
        }
    }

    private void cover() {
        XSSFSheet sheet = labelSheet("Cover", "Community Budget stocktake return", COVER_LABELS);
        int r = FIRST_LABEL_ROW - 1;
        prefilled(sheet, r, VERSION);
        prefilled(sheet, r + 1, entry.areaCode());
        prefilled(sheet, r + 2, entry.areaName());
        prefilled(sheet, r + 3, period.toString());
        XSSFCell strand = input(sheet, r + 4, styles.input);
        strand.setCellValue(entry.strand());
        for (int i = 5; i <= 7; i++) {
            input(sheet, r + i, styles.input);
        }
        input(sheet, r + 8, styles.inputDate);
        hint(sheet, r + 4, "choose from the list; the register's strand for " + period + " is filled in");
        hint(sheet, r + 6, "such as name@council.gov.uk");
        hint(sheet, r + 7, "the certifying officer, not the contact");
        hint(sheet, r + 8, "a date such as 15/10/" + period.end().getYear() + "; not before " + format(period.start()));

        listValidation(sheet, TemplateLists.STRANDS, r + 4, r + 4, 1, 1);
        DataValidationConstraint date = validations.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                dateFormula(period.start()), null, TemplateStyles.DATE_FORMAT);
        add(sheet, date, r + 8, r + 8, 1, 1, "Enter the date of sign-off, on or after " + format(period.start()) + ".");
    }

    private void families() {
        XSSFSheet sheet = labelSheet("Families", "Families with multiple problems", FAMILIES_LABELS);
        int r = FIRST_LABEL_ROW - 1;
        for (int i = 0; i < FAMILIES_LABELS.size(); i++) {
            input(sheet, r + i, styles.inputCount);
        }
        hint(sheet, r, "in total");
        hint(sheet, r + 1, "in " + period + " only");
        hint(sheet, r + 2, "cumulative since the programme began");
        hint(sheet, r + 3, "cumulative since the programme began");
        hint(sheet, r + 4, "optional");
        DataValidationConstraint whole = validations.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        add(sheet, whole, r, r + FAMILIES_LABELS.size() - 1, 1, 1, "Enter a whole number of families, 0 or more.");
    }

    private void funding() {
        XSSFSheet sheet = wb.createSheet("Funding");
        title(sheet, "Partner budgets pooled or aligned");
        cell(sheet, 1, 0).setCellValue("Money in pounds and pence. Received and spent are to date in the financial"
                + " year " + period.financialYear() + ".");
        cell(sheet, 1, 0).setCellStyle(styles.hint);
        int header = FUNDING_HEADER_ROW - 1;
        for (int c = 0; c < FUNDING_HEADER.size(); c++) {
            XSSFCell cell = cell(sheet, header, c);
            cell.setCellValue(FUNDING_HEADER.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, (c == 1 ? 36 : c == 0 ? 30 : 18) * 256);
        }
        int first = header + 1;
        int last = header + FUNDING_LINES;
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < FUNDING_HEADER.size(); c++) {
                cell(sheet, r, c).setCellStyle(c >= 4 ? styles.inputMoney : styles.input);
            }
        }
        int total = FUNDING_TOTAL_ROW - 1;
        cell(sheet, total, 0).setCellValue("Total");
        for (int c = 0; c < FUNDING_HEADER.size(); c++) {
            cell(sheet, total, c).setCellStyle(c >= 4 ? styles.totalMoney : styles.total);
        }
        for (int c = 4; c <= 6; c++) {
            String letters = CellAddress.column(c);
            cell(sheet, total, c).setCellFormula("SUM(" + letters + (first + 1) + ":" + letters + (last + 1) + ")");
        }
        sheet.createFreezePane(0, FUNDING_HEADER_ROW);

        listValidation(sheet, TemplateLists.PARTNERS, first, last, 0, 0);
        listValidation(sheet, TemplateLists.SOURCES, first, last, 2, 2);
        listValidation(sheet, TemplateLists.ARRANGEMENTS, first, last, 3, 3);
        DataValidationConstraint money = validations.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        add(sheet, money, first, last, 4, 6, "Enter an amount in pounds and pence, 0 or more, such as 12500.50.");
    }

    private void records() {
        XSSFSheet sheet = wb.createSheet("Family records");
        title(sheet, "Pseudonymised family records: no names, addresses or other personal data");
        cell(sheet, 1, 0).setCellValue("Optional. One row per family, from row " + (RECORDS_HEADER_ROW + 1)
                + "; leave only the header if you send no records.");
        cell(sheet, 1, 0).setCellStyle(styles.hint);
        tableHeader(sheet, RECORDS_HEADER_ROW - 1, RECORDS_HEADER);
        for (int c = 0; c < RECORDS_HEADER.size(); c++) {
            // Column styles unlock the input area without writing a million empty cells.
            sheet.setDefaultColumnStyle(c, c >= 1 && c <= 3 ? styles.inputDate : styles.input);
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.createFreezePane(0, RECORDS_HEADER_ROW);
        int first = RECORDS_HEADER_ROW;
        int last = RECORDS_LAST_ROW - 1;
        DataValidationConstraint upToPeriodEnd = validations.createDateConstraint(OperatorType.BETWEEN,
                EARLIEST_DATE, dateFormula(period.end()), TemplateStyles.DATE_FORMAT);
        add(sheet, upToPeriodEnd, first, last, 1, 2, "Enter a date on or before " + format(period.end()) + ".");
        DataValidationConstraint closed = validations.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                EARLIEST_DATE, null, TemplateStyles.DATE_FORMAT);
        add(sheet, closed, first, last, 3, 3, "Enter the date the family's case was closed.");
        listValidation(sheet, TemplateLists.OUTCOMES, first, last, 4, 4);
    }

    private void explanations() {
        XSSFSheet sheet = wb.createSheet("Explanations");
        tableHeader(sheet, 0, List.of("Rule", "Explanation"));
        sheet.setDefaultColumnStyle(0, styles.input);
        sheet.setDefaultColumnStyle(1, styles.input);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        listValidation(sheet, TemplateLists.WARNING_RULES, 1, EXPLANATION_ROWS, 0, 0);
    }

    private XSSFSheet labelSheet(String name, String titleText, List<String> labels) {
        XSSFSheet sheet = wb.createSheet(name);
        title(sheet, titleText);
        for (int i = 0; i < labels.size(); i++) {
            XSSFCell cell = cell(sheet, FIRST_LABEL_ROW - 1 + i, 0);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.label);
        }
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        return sheet;
    }

    private void tableHeader(XSSFSheet sheet, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            XSSFCell cell = cell(sheet, row, c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(styles.header);
        }
    }

    private void title(XSSFSheet sheet, String text) {
        XSSFCell cell = cell(sheet, 0, 0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
    }

    private void prefilled(XSSFSheet sheet, int row, String value) {
        XSSFCell cell = cell(sheet, row, 1);
        cell.setCellValue(value);
        cell.setCellStyle(styles.prefilled);
    }

    private XSSFCell input(XSSFSheet sheet, int row, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, row, 1);
        cell.setCellStyle(style);
        return cell;
    }

    private void hint(XSSFSheet sheet, int row, String text) {
        XSSFCell cell = cell(sheet, row, 2);
        cell.setCellValue(text);
        cell.setCellStyle(styles.hint);
    }

    private void listValidation(XSSFSheet sheet, String listName, int firstRow, int lastRow, int firstCol, int lastCol) {
        add(sheet, validations.createFormulaListConstraint(listName), firstRow, lastRow, firstCol, lastCol,
                "Choose a value from the list.");
    }

    /** Rows and columns 0-based, as POI counts them. */
    private void add(XSSFSheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow, int firstCol,
            int lastCol, String error) {
        DataValidation validation = validations.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Not accepted", error);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void protect(XSSFSheet sheet) {
        // enableLocking turns protection on with no password attribute at all (protectSheet("") would hash "").
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = r.getCell(column);
        return cell == null ? r.createCell(column) : cell;
    }

    private static String dateFormula(LocalDate date) {
        return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }

    private static String format(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
