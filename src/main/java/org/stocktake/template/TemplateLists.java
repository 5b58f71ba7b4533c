package org.stocktake.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;
import org.stocktake.workbook.CellAddress;

/**
 * The hidden {@code Lists} sheet: one column per code list of the standard, each under a workbook name that
 * the drop-downs refer to. A named range has no length limit, unlike an inline list (255 characters), and
 * keeps every list in one place. The reader ignores the sheet (§3: extra sheets are ignored).
 */
final class TemplateLists {

    static final String SHEET = "Lists";
    static final String STRANDS = "Strands";
    static final String PARTNERS = "Partners";
    static final String SOURCES = "Sources";
    static final String ARRANGEMENTS = "Arrangements";
    static final String OUTCOMES = "Outcomes";
    static final String WARNING_RULES = "WarningRules";

    /** The lists in column order. */
    static Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(STRANDS, CoverLabels.STRAND.codes());
        lists.put(PARTNERS, FundingColumns.PARTNER.codes());
        lists.put(SOURCES, FundingColumns.SOURCE.codes());
        lists.put(ARRANGEMENTS, FundingColumns.ARRANGEMENT.codes());
        lists.put(OUTCOMES, RecordColumns.OUTCOME.codes());
        lists.put(WARNING_RULES, warningRules());
        return lists;
    }

    /** The validation rules an Explanations sheet can explain: the warnings of §4 (reconciliation aside). */
    static List<String> warningRules() {
        return java.util.Arrays.stream(Rule.values())
                .filter(r -> r.severity() == Severity.WARNING && !r.id().startsWith("X-"))
                .map(Rule::id).toList();
    }

    private TemplateLists() {
    }

    static Sheet write(Workbook wb, TemplateStyles styles) {
        Sheet sheet = wb.createSheet(SHEET);
        int column = 0;
        for (Map.Entry<String, List<String>> list : lists().entrySet()) {
            row(sheet, 0).createCell(column).setCellValue(list.getKey());
            row(sheet, 0).getCell(column).setCellStyle(styles.label);
            List<String> values = list.getValue();
            for (int i = 0; i < values.size(); i++) {
                row(sheet, 1 + i).createCell(column).setCellValue(values.get(i));
            }
            Name name = wb.createName();
            name.setNameName(list.getKey());
            String letters = CellAddress.column(column);
            name.setRefersToFormula(SHEET + "!$" + letters + "$2:$" + letters + "$" + (1 + values.size()));
            sheet.setColumnWidth(column, 32 * 256);
            column++;
        }
        return sheet;
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
