package org.stocktake.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows the templates iterate over: maps of field name to value. */
final class Rows {

    private Rows() {
    }

    static Map<String, ?> row(Object... keyValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    /** A titled three-column table of the exceptions appendix. */
    static Map<String, ?> section(String title, String h1, String h2, String h3, List<Map<String, ?>> rows) {
        return row("title", title, "h1", h1, "h2", h2, "h3", h3, "rows", rows);
    }
}
