package org.stocktake.pack;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/** Writes "Page n of N" into the footer field (key {@code page-footer}) of every page of the assembled pack. */
final class PageFooters {

    static final String KEY = "page-footer";

    private PageFooters() {
    }

    static void number(List<JasperPrint> prints) {
        int total = prints.stream().mapToInt(p -> p.getPages().size()).sum();
        int n = 0;
        for (JasperPrint print : prints) {
            for (JRPrintPage page : print.getPages()) {
                n++;
                set(page.getElements(), "Page " + n + " of " + total);
            }
        }
    }

    private static void set(List<JRPrintElement> elements, String text) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t && KEY.equals(e.getKey())) {
                t.setText(text);
                t.setTextTruncateIndex(null);
                t.setLineBreakOffsets(null);
            } else if (e instanceof JRPrintFrame f) {
                set(f.getElements(), text);
            }
        }
    }
}
