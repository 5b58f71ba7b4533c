package org.stocktake.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.standard.Issue;
import org.stocktake.template.SheetLayout;

/**
 * The {@code Feedback} sheet: what the colours mean, what the copy leaves out, and one row per issue with a
 * link to its cell in the copy (or to its sheet when the issue has no cell; no link when the sheet is not in
 * the copy or the issue concerns the whole file). Issues are listed in the workbook's sheet order, then by row
 * and column. Rows are as tall as their wrapped messages, and the sheet prints one page wide.
 */
final class FeedbackSheet {

    static final String NAME = "Feedback";
    static final List<String> HEADER = List.of("Sheet", "Cell", "Rule", "Severity", "Message", "Explained",
            "Explanation");
    static final int[] WIDTHS = {16, 7, 26, 9, 70, 9, 30};
    static final int MESSAGE = 4;
    static final int EXPLANATION = 6;
    /** Sheet row (1-based) of the header; issues follow. */
    static final int HEADER_ROW = 4;

    private FeedbackSheet() {
    }

    /**
     * @param sheetOrder the workbook's sheet names in order (copied or not), which orders the issues
     */
    static void write(SXSSFWorkbook wb, FeedbackStyles styles, String fileName, List<Issue> issues,
            List<String> sheetOrder, Set<String> copiedSheets, List<String> notes) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        long errors = issues.stream().filter(Issue::isError).count();
        long warnings = issues.stream().filter(Issue::isWarning).count();
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Feedback on " + fileName + ": " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings"));
        title.setCellStyle(styles.bold);
        StringBuilder note = new StringBuilder("Cells with an error are red and cells with a warning amber; each"
                + " carries a comment with the message. The copy holds the values you sent, without your formatting or"
                + " formulas. Correct your own workbook, not this copy, and submit it again.");
        notes.forEach(n -> note.append(' ').append(n));
        Row noteRow = sheet.createRow(1);
        Cell noteCell = noteRow.createCell(0);
        noteCell.setCellValue(note.toString());
        noteCell.setCellStyle(styles.wrap);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, WIDTHS.length - 1));
        noteRow.setHeightInPoints(height(note.toString(), totalWidth()));
        Row header = sheet.createRow(HEADER_ROW - 1);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
            header.getCell(c).setCellStyle(styles.bold);
        }
        int r = HEADER_ROW;
        for (Issue issue : inSheetOrder(issues, sheetOrder)) {
            Row row = sheet.createRow(r++);
            String[] values = {issue.sheet(), issue.cell(), issue.rule().id(), Marks.severityName(issue.severity()),
                    issue.message(), issue.explained() ? "yes" : "no", issue.explanation()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(c == MESSAGE || c == EXPLANATION ? styles.wrap : styles.top);
            }
            row.setHeightInPoints(Math.max(height(issue.message(), WIDTHS[MESSAGE]),
                    height(issue.explanation(), WIDTHS[EXPLANATION])));
            String target = target(issue, copiedSheets);
            if (target != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(target);
                Cell linked = issue.cell().isEmpty() ? row.getCell(0) : row.getCell(1);
                linked.setHyperlink(link);
                linked.setCellStyle(styles.link);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW);
        SheetLayout.print(sheet, "$A:$" + (char) ('A' + WIDTHS.length - 1), true, HEADER_ROW - 1,
                "Feedback on " + fileName);
    }

    /**
     * The issues in the workbook's sheet order (issues of the whole file first, then of sheets the workbook does
     * not have), then by row and column as numbers (A10 after A9); an issue of a sheet but no cell comes first in
     * its sheet. Issues on the same cell keep their order.
     */
    static List<Issue> inSheetOrder(List<Issue> issues, List<String> sheetOrder) {
        List<String> keys = sheetOrder.stream().map(Marks::key).toList();
        Comparator<Issue> bySheet = Comparator.comparingInt(i -> {
            if (i.sheet().isEmpty()) {
                return -1;
            }
            int index = keys.indexOf(Marks.key(i.sheet()));
            return index < 0 ? keys.size() : index;
        });
        Comparator<Issue> order = bySheet
                .thenComparing(i -> Marks.key(i.sheet()))
                .thenComparingInt(i -> Marks.place(i.cell()).map(Marks.Place::row).orElse(0))
                .thenComparingInt(i -> Marks.place(i.cell()).map(Marks.Place::column).orElse(-1));
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(order);
        return sorted;
    }

    /** The height of a row showing a text wrapped at a width; -1 (the default height) for one line. */
    private static float height(String text, int widthChars) {
        int lines = SheetLayout.lines(text, widthChars, SheetLayout.FONT_POINTS, false);
        return lines == 1 ? -1 : SheetLayout.height(lines, SheetLayout.FONT_POINTS);
    }

    private static int totalWidth() {
        int width = 0;
        for (int w : WIDTHS) {
            width += w;
        }
        return width;
    }

    /** {@code 'Funding'!F4}; the sheet's A1 when the issue has no cell; null when there is nothing to link to. */
    static String target(Issue issue, Set<String> copiedSheets) {
        String sheet = copiedSheets.stream().filter(s -> Marks.key(s).equals(Marks.key(issue.sheet())))
                .findFirst().orElse(null);
        if (issue.sheet().isEmpty() || sheet == null) {
            return null;
        }
        String ref = Marks.place(issue.cell())
                .map(p -> org.stocktake.workbook.CellAddress.a1(p.row(), p.column())).orElse("A1");
        return "'" + sheet.replace("'", "''") + "'!" + ref;
    }
}
