package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.standard.Rule;
import org.stocktake.testing.ChildJvmTest;

class FormatDetectionTest {

    @TempDir
    Path dir;

    private static void assertRefused(Path file, Rule rule, String messagePart) {
        assertThatThrownBy(() -> Workbooks.open(file).close()).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void csvAndTextUnderAnExcelNameAreFileFormat() throws Exception {
        Path csv = Files.writeString(dir.resolve("return.xlsx"), "Area code,Area name\nE06000001,Hartlepool\n");
        assertRefused(csv, Rule.FILE_FORMAT, "the file is plain text or CSV, not an Excel workbook; open it in your"
                + " spreadsheet program (Excel or LibreOffice) and save it as an Excel workbook (.xlsx)");
    }

    @Test
    void htmlIsFileFormat() throws Exception {
        Path html = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        assertRefused(html, Rule.FILE_FORMAT, "the file is a web page (HTML), not an Excel workbook; open it in your"
                + " spreadsheet program (Excel or LibreOffice) and save it as an Excel workbook (.xlsx)");
    }

    @Test
    void binaryJunkAndEmptyFilesAreUnreadable() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 1;
        junk[1] = 0;
        assertRefused(Files.write(dir.resolve("junk.xlsx"), junk), Rule.FILE_UNREADABLE, "damaged or is not an Excel workbook");
        assertRefused(Files.write(dir.resolve("empty.xlsx"), new byte[0]), Rule.FILE_UNREADABLE, "empty");
    }

    @Test
    void aFileOverFiftyMebibytesIsTooLargeBeforeOpening() throws Exception {
        Path big = dir.resolve("big.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        assertRefused(big, Rule.FILE_TOO_LARGE, "50 MiB");
    }

    /** The whole corpus in a fresh JVM with a 256 MiB heap. */
    @Test
    @ChildJvmTest
    void corpusSweepInA256MiBHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CorpusSweep.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(output).contains("max heap 256 MiB, 0 failures");
        assertThat(process.exitValue()).as(output).isZero();
    }
}
