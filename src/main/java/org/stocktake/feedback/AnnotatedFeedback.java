package org.stocktake.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.output.FeedbackNames;
import org.stocktake.output.WholeFiles;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.workbook.Grid;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.WorkbookException;
import org.stocktake.workbook.WorkbookLimits;
import org.stocktake.workbook.Workbooks;

/**
 * {@code feedback/<file name>-feedback.xlsx}: a copy of a submitted return in which every cell
 * with an issue is filled red (error) or amber (warning) and carries a comment listing its messages (its box
 * beside the cell, signed by the central team), behind a first sheet {@code Feedback} that lists every issue in
 * sheet and cell order with a link to its cell. The copy keeps the workbook's sheet order and hidden sheets
 * hidden (unless one has an issue, so that its links work), shows the Funding table's money in the template's
 * money format, and its Feedback sheet prints one page wide. {@code .xls} and {@code .xlsm} returns get an
 * {@code .xlsx} copy too.
 *
 * <p><b>Memory policy.</b> The submitted file is never loaded as a POI user model (an {@code XSSFWorkbook} of a
 * million-row sheet needs more than 4 GiB). The copy is read through the import's own reader
 * ({@link Workbooks#open}), which streams {@code .xlsx} parts under its inflation limits, and each sheet is
 * taken whole only when it has at most {@value #MAX_CELLS_PER_SHEET} cells (a few MiB of memory). A larger
 * sheet, typically a big Family records sheet, is left out of the copy, and the Feedback sheet says so; its
 * issues are still listed, without a link. The copy is written with SXSSF, which keeps a window of rows in
 * memory and the rest on disk. The copy holds values only: formulas appear as their values and the officer's
 * formatting is not kept. When the workbook cannot be read at all, only the Feedback sheet is written.
 *
 * <p>Callers decide whether a file gets a copy at all: never for a quarantined file (it holds personal data:
 * {@link Quarantine}), a duplicate, or a file that could not be opened as a workbook ({@link #applies}).
 */
public final class AnnotatedFeedback {

    /** Who signs the comments unless told otherwise ({@code stocktake.feedback.author}). */
    public static final String DEFAULT_AUTHOR = "Stocktake central team";
    static final int MAX_CELLS_PER_SHEET = 100_000;
    private static final int ROW_WINDOW = 200;

    private AnnotatedFeedback() {
    }

    /** {@code <out>/feedback/<name>-feedback.xlsx}, where {@code name} is the file's feedback name. */
    public static Path fileFor(Path outDir, String name) {
        return FeedbackNames.folder(outDir).resolve(name + "-feedback.xlsx");
    }

    /**
     * True when issues concern cells of a workbook that could be opened (not only file-level rules) and
     * {@link Quarantine} allows a copy of it.
     */
    public static boolean applies(List<Issue> issues) {
        return !issues.isEmpty() && issues.stream().noneMatch(i -> i.rule().id().startsWith("FILE-"))
                && Quarantine.allowsCopy(issues);
    }

    /** Writes the annotated copy with comments signed {@value #DEFAULT_AUTHOR}; see the full form. */
    public static Path write(Path source, String fileName, String name, List<Issue> issues, Path outDir)
            throws IOException {
        return write(source, fileName, name, issues, outDir, DEFAULT_AUTHOR);
    }

    /**
     * Writes the annotated copy of {@code source} to {@link #fileFor} and returns where.
     *
     * @param fileName the file's name as reported (its inbox-relative name), shown on the Feedback sheet
     * @param name     the file's feedback name, which names the copy (may hold folders)
     * @param author   who signs the comments: the central team
     * @throws IOException when the copy cannot be written
     */
    public static Path write(Path source, String fileName, String name, List<Issue> issues, Path outDir,
            String author) throws IOException {
        // written whole: two imports of same-named files (two officers of an area uploading at once) may write the
        // same copy at the same moment
        return WholeFiles.write(fileFor(outDir, name),
                out -> write(source, fileName, issues, author, out, MAX_CELLS_PER_SHEET));
    }

    /**
     * Writes the annotated copy of {@code source} to a stream (a download): the same copy as {@link #write(Path,
     * String, String, List, Path, String)} writes to a file. The stream is not closed.
     */
    public static void write(Path source, String fileName, List<Issue> issues, String author, OutputStream out)
            throws IOException {
        write(source, fileName, issues, author, out, MAX_CELLS_PER_SHEET);
    }

    static void write(Path source, String fileName, List<Issue> issues, String author, OutputStream out,
            int maxCellsPerSheet) throws IOException {
        List<String> notes = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Set<String> copied = new LinkedHashSet<>();
        Marks marks = new Marks(issues);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
            FeedbackStyles styles = new FeedbackStyles(wb);
            copySheets(source, wb, new SheetCopy(wb, styles, author), marks, order, copied, notes, maxCellsPerSheet);
            FeedbackSheet.write(wb, styles, fileName, issues, order, copied, notes);
            wb.setSheetOrder(FeedbackSheet.NAME, 0);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.write(out);
        }
    }

    private static void copySheets(Path source, SXSSFWorkbook wb, SheetCopy copy, Marks marks, List<String> order,
            Set<String> copied, List<String> notes, int maxCellsPerSheet) {
        try (ReturnWorkbook workbook = Workbooks.open(source,
                WorkbookLimits.DEFAULT.withMaxGridCells(maxCellsPerSheet))) {
            for (String name : workbook.sheetNames()) {
                order.add(name);
                if (Marks.key(name).equals(Marks.key(FeedbackSheet.NAME))) {
                    notes.add("Your sheet \"" + name + "\" is not copied: its name is taken by this list.");
                    continue;
                }
                Grid grid;
                try {
                    grid = workbook.grid(name);
                } catch (WorkbookException e) {
                    if (e.rule() != Rule.FILE_TOO_LARGE) {
                        throw e;
                    }
                    notes.add("Sheet \"" + name + "\" is not copied: it is too large to copy (over "
                            + String.format("%,d", maxCellsPerSheet) + " cells); its issues are listed below"
                            + " without a link.");
                    continue;
                }
                copy.write(name, grid, marks.of(name));
                copied.add(name);
                if (workbook.isHidden(name) && marks.of(name).isEmpty()) {
                    wb.setSheetHidden(wb.getSheetIndex(name), true);
                }
            }
        } catch (WorkbookException e) {
            // The import read this file, so this is rare; the list of issues is still worth sending.
            notes.add("The workbook could not be copied (" + e.rule().id() + "); the issues are listed below.");
        }
    }
}
