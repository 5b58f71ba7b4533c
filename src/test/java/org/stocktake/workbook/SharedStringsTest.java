package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.standard.Rule;

/**
 * A table of shared texts large enough to be read on a thread of its own while the sheet is read: every cell gets
 * its text, what the table's reading finds wrong is reported as when it was read first, and closing the workbook
 * ends the thread.
 */
class SharedStringsTest {

    static final int TEXTS = 100_000;

    @TempDir
    static Path dir;

    static Path file;
    static List<String> texts;

    @BeforeAll
    static void aWorkbookWithALargeTable() throws Exception {
        // random texts, so that the table does not compress below the size read beside the sheet
        Random random = new Random(11);
        texts = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 20; c++) {
                text.append((char) ('A' + random.nextInt(26) + (random.nextBoolean() ? 32 : 0)));
            }
            texts.add(text.append(i).toString());
        }
        file = dir.resolve("large-table.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Texts");
            for (int i = 0; i < TEXTS; i++) {
                sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
            }
            wb.write(out);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml").getCompressedSize())
                    .isGreaterThan(XlsxPackage.READ_AHEAD_FROM);
        }
    }

    @AfterEach
    void noThreadLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("shared strings"));
    }

    @Test
    void everyCellGetsItsTextFromTheTableReadBesideTheSheet() throws Exception {
        List<String> read = new ArrayList<>();
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            wb.stream("Texts", (row, cells) -> read.add(cells.get(0).text()));
            wb.complete();
        }
        assertThat(read).isEqualTo(texts);
    }

    @Test
    void tooManyTextsAreRefusedAsWhenTheTableWasReadBeforeTheSheet() throws Exception {
        WorkbookLimits limits = withMaxSharedStrings(TEXTS - 1);
        WorkbookException first;
        try (XlsxPackage pkg = new XlsxPackage(file, limits)) {
            first = catchThrowableOfType(WorkbookException.class,
                    () -> SharedStrings.read(pkg, "xl/sharedStrings.xml", limits));
        }

        try (ReturnWorkbook wb = Workbooks.open(file, limits)) {
            WorkbookException streamed = catchThrowableOfType(WorkbookException.class,
                    () -> wb.stream("Texts", (row, cells) -> true));

            assertThat(first.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
            assertThat(streamed).hasMessage(first.getMessage());
            assertThat(streamed.rule()).isEqualTo(first.rule());
            assertThat(streamed.sheet()).isEqualTo(first.sheet());
        }
    }

    @Test
    void aFailureBeyondTheCellsReadIsReportedWhenTheWorkbookIsComplete() throws Exception {
        WorkbookLimits limits = withMaxSharedStrings(TEXTS - 1);
        try (ReturnWorkbook wb = Workbooks.open(file, limits)) {
            // the first rows only: their texts are all in the table
            wb.stream("Texts", (row, cells) -> row < 10);

            assertThat(catchThrowableOfType(WorkbookException.class, wb::complete).rule())
                    .isEqualTo(Rule.FILE_TOO_LARGE);
        }
    }

    @Test
    void closingTheWorkbookWhileTheTableIsReadEndsItsThread() throws Exception {
        Workbooks.open(file).close();
    }

    private static WorkbookLimits withMaxSharedStrings(int texts) {
        WorkbookLimits d = WorkbookLimits.DEFAULT;
        return new WorkbookLimits(d.maxFileBytes(), d.maxRowsPerSheet(), d.maxCellTextChars(), d.maxGridCells(),
                d.maxEntryInflatedBytes(), d.maxTotalInflatedBytes(), d.maxInflateRatio(), d.ratioCheckAfterBytes(),
                d.maxSharedStringChars(), texts);
    }
}
