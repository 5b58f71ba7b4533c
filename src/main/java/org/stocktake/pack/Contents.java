package org.stocktake.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.PrintBookmark;

/** The contents entries: the bookmarks of the body reports with their page numbers in the whole pack. */
final class Contents {

    private Contents() {
    }

    /** @param offset pages before the first body page (cover and contents) */
    static List<Map<String, ?>> entries(List<JasperPrint> body, int offset) {
        List<Map<String, ?>> entries = new ArrayList<>();
        int start = offset;
        for (JasperPrint print : body) {
            if (print.getBookmarks() != null) {
                add(entries, print.getBookmarks(), 1, start);
            }
            start += print.getPages().size();
        }
        return entries;
    }

    private static void add(List<Map<String, ?>> entries, List<PrintBookmark> bookmarks, int level, int start) {
        for (PrintBookmark b : bookmarks) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("title", b.getLabel());
            entry.put("level", level);
            entry.put("page", Integer.toString(start + b.getPageIndex() + 1));
            entries.add(entry);
            if (b.getBookmarks() != null) {
                add(entries, b.getBookmarks(), level + 1, start);
            }
        }
    }
}
