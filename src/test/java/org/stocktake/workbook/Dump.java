package org.stocktake.workbook;

import java.nio.file.Path;

/** Prints every cell of a workbook (by hand: {@code java ... Dump file [maxCells]}). */
public final class Dump {
    public static void main(String[] args) throws Exception {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (ReturnWorkbook wb = Workbooks.open(Path.of(args[0]))) {
            System.out.println("sheets " + wb.sheetNames());
            for (String s : wb.sheetNames()) {
                Grid g = wb.grid(s);
                int n = 0;
                for (int r : g.rowNumbers()) {
                    for (Cell c : g.row(r)) {
                        if (n++ < max) {
                            System.out.println(s + "!" + c.ref() + " " + c.kind() + " " + c.text() + " " + c.number() + " " + c.date());
                        }
                    }
                }
            }
        }
    }
}
