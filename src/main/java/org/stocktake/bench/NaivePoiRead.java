package org.stocktake.bench;

import java.io.File;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The peer a Spring Batch user would write: open the whole workbook with POI's user model ({@code XSSFWorkbook}) and walk every cell
 * of the Family records sheet. Runs in a child JVM (its own -Xmx), so running out of heap is a finding, not a
 * crash of the benchmark.
 */
final class NaivePoiRead {

    private NaivePoiRead() {
    }

    /** Reads the file and returns rows read; prints nothing. */
    static long read(File file) throws Exception {
        ZipSecureFile.setMinInflateRatio(0.001); // POI's default refuses this ordinary compressible sheet
        long rows = 0;
        DataFormatter format = new DataFormatter();
        // new XSSFWorkbook(file) opens the package read-write and saves it back on close: open it read-only,
        // and revert rather than close, so the benchmark file stays as generated
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            Sheet sheet = wb.getSheet(LargeReturnWriter.SHEET);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    format.formatCellValue(cell);
                }
                rows++;
            }
        } finally {
            pkg.revert();
        }
        return rows;
    }
}
