package org.stocktake.template;

import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;

/**
 * Builds a template in the layout the reader expects (standard §3), holding its values: the Instructions, the
 * Cover and Families with their labels in column A from row {@value #FIRST_LABEL_ROW} and values in column B,
 * the tables ({@link TemplateTables}), the hidden lists the drop-downs take, every sheet protected, its wrapped
 * rows as tall as their text ({@link SheetLayout}) and set up for printing ({@link TemplatePrint}).
 */
final class TemplateSheets {

    /** Sheet rows are 1-based in these constants, as officers read them. */
    static final int FIRST_LABEL_ROW = 3;
    static final String INSTRUCTIONS = "Instructions";
    static final int INSTRUCTIONS_WIDTH = 90;
    /** The Cover values the register fills in, locked; the officer fills in the rest. */
    private static final Set<Field> PREFILLED = Set.of(CoverLabels.TEMPLATE_VERSION, CoverLabels.AREA_CODE,
            CoverLabels.AREA_NAME, CoverLabels.PERIOD);

    private final Workbook wb;
    private final TemplateStyles styles;
    private final TemplateCells cells;
    private final FilledReturn values;
    private final Period period;

    TemplateSheets(Workbook wb, FilledReturn values) {
        this.wb = wb;
        this.styles = new TemplateStyles(wb);
        this.cells = new TemplateCells(styles);
        this.values = values;
        this.period = values.period();
    }

    void build() {
        instructions();
        cover();
        families();
        TemplateTables tables = new TemplateTables(wb, cells, values);
        tables.funding();
        tables.records();
        tables.explanations();
        Sheet lists = TemplateLists.write(wb, styles);
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        cells.addValidations();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            SheetLayout.fitRows(sheet);
            TemplateCells.protect(sheet);
        }
        new TemplatePrint(wb, values).setUp();
        wb.setActiveSheet(0);
        // Excel computes the Total formulas when the file is opened, so no stale cached value is ever shown.
        wb.setForceFormulaRecalculation(true);
    }

    /** The 0-based row of a Cover or Families label. */
    static int labelRow(Field field) {
        int index = CoverLabels.ALL.indexOf(field);
        if (index < 0) {
            index = FamiliesLabels.ALL.indexOf(field);
        }
        if (index < 0) {
            throw new IllegalArgumentException("\"" + field.label() + "\" is not a label of the Cover or Families");
        }
        return FIRST_LABEL_ROW - 1 + index;
    }

    private void instructions() {
        Sheet sheet = wb.createSheet(INSTRUCTIONS);
        // as wide as a portrait A4 page prints at full size
        sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
        int row = 0;
        for (String line : Instructions.lines(values.areaName(), period)) {
            boolean heading = line.startsWith("# ");
            if (heading && row > 0) {
                row++;
            }
            cells.write(sheet, row, 0, heading ? line.substring(2) : line,
                    row == 0 ? styles.title : heading ? styles.heading : styles.text);
            row++;
        }
    }

    private void cover() {
        Sheet sheet = labelSheet(ReturnLayout.COVER, "Community Budget stocktake return", CoverLabels.ALL);
        for (Field field : CoverLabels.ALL) {
            cells.write(sheet, labelRow(field), 1, values.cover(field),
                    PREFILLED.contains(field) ? styles.prefilled : cells.input(field.type()));
        }
        int strand = labelRow(CoverLabels.STRAND);
        int signedOn = labelRow(CoverLabels.SIGNED_OFF_ON);
        String start = TemplateCells.format(period.start());
        cells.hint(sheet, strand, "choose from the list; the register's strand for " + period + " is filled in");
        cells.hint(sheet, labelRow(CoverLabels.CONTACT_EMAIL), "such as name@council.gov.uk");
        cells.hint(sheet, labelRow(CoverLabels.SIGNED_OFF_BY), "the certifying officer, not the contact");
        cells.hint(sheet, signedOn, "a date such as 15/10/" + period.end().getYear() + "; not before " + start);

        cells.list(sheet, TemplateLists.STRANDS, strand, strand, 1);
        cells.dates(sheet, period.start(), null, signedOn, signedOn, 1, 1,
                "Enter the date of sign-off, on or after " + start + ".");
    }

    private void families() {
        Sheet sheet = labelSheet(ReturnLayout.FAMILIES, "Families with multiple problems", FamiliesLabels.ALL);
        for (Field field : FamiliesLabels.ALL) {
            cells.write(sheet, labelRow(field), 1, values.families(field), styles.inputCount);
        }
        cells.hint(sheet, labelRow(FamiliesLabels.IDENTIFIED), "in total");
        cells.hint(sheet, labelRow(FamiliesLabels.STARTED), "in " + period + " only");
        cells.hint(sheet, labelRow(FamiliesLabels.HELPED), "cumulative since the programme began");
        cells.hint(sheet, labelRow(FamiliesLabels.OUTCOMES), "cumulative since the programme began");
        cells.hint(sheet, labelRow(FamiliesLabels.PLANNED), "optional");
        int first = labelRow(FamiliesLabels.ALL.get(0));
        int last = labelRow(FamiliesLabels.ALL.get(FamiliesLabels.ALL.size() - 1));
        cells.legend(sheet, FIRST_LABEL_ROW - 2, 0, 2, "A figure coloured like this one is held as text (pasted from"
                + " an e-mail, or typed into a cell formatted as text): retype it as a number.");
        TemplateStyles.markText(sheet, new CellRangeAddress(first, last, 1, 1));
        cells.add(sheet, sheet.getDataValidationHelper().createIntegerConstraint(OperatorType.GREATER_OR_EQUAL,
                "0", null), first, last, 1, 1, "Enter a whole number of families, 0 or more.");
    }

    private Sheet labelSheet(String name, String title, List<Field> labels) {
        Sheet sheet = wb.createSheet(name);
        cells.title(sheet, title);
        for (Field field : labels) {
            cells.write(sheet, labelRow(field), 0, field.label(), styles.label);
        }
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        return sheet;
    }
}
