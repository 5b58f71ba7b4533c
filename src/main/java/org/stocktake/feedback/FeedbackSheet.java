package org.stocktake.feedback;

import java.util.List;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.standard.Issue;

/**
 * The {@code Feedback} sheet: what the colours mean, what the copy leaves out, and one row per issue with a
 * link to its cell in the copy (or to its sheet when the issue has no cell; no link when the sheet is not in
 * the copy or the issue concerns the whole file).
 */
final class FeedbackSheet {

    static final String NAME = "Feedback";
    static final List<String> HEADER = List.of("Sheet", "Cell", "Rule", "Severity", "Message", "Explained",
            "Explanation");
    /** Sheet row (1-based) of the header; issues follow. */
    static final int HEADER_ROW = 4;

    private FeedbackSheet() {
    }

    static void write(SXSSFWorkbook wb, FeedbackStyles styles, String fileName, List<Issue> issues,
            Set<String> copiedSheets, List<String> notes) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        long errors = issues.stream().filter(Issue::isError).count();
        long warnings = issues.stream().filter(Issue::isWarning).count();
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Feedback on " + fileName + ": " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings"));
        title.setCellStyle(styles.bold);
        StringBuilder note = new StringBuilder("Cells with an error are red and cells with a warning amber; each"
                + " carries a comment with the message. The copy holds the values you sent, without formatting or"
                + " formulas. Correct your own workbook, not this copy, and submit it again.");
        notes.forEach(n -> note.append(' ').append(n));
        Cell noteCell = sheet.createRow(1).createCell(0);
        noteCell.setCellValue(note.toString());
        Row header = sheet.createRow(HEADER_ROW - 1);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
            header.getCell(c).setCellStyle(styles.bold);
        }
        int r = HEADER_ROW;
        for (Issue issue : issues) {
            Row row = sheet.createRow(r++);
            String[] values = {issue.sheet(), issue.cell(), issue.rule().id(), Marks.severityName(issue.severity()),
                    issue.message(), issue.explained() ? "yes" : "no", issue.explanation()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(c == 4 || c == 6 ? styles.wrap : null);
            }
            String target = target(issue, copiedSheets);
            if (target != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(target);
                Cell linked = issue.cell().isEmpty() ? row.getCell(0) : row.getCell(1);
                linked.setHyperlink(link);
                linked.setCellStyle(styles.link);
            }
        }
        int[] widths = {16, 8, 26, 9, 100, 9, 50};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW);
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
