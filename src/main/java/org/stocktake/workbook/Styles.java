package org.stocktake.workbook;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Which cell styles ({@code s=} indexes into {@code cellXfs}) show dates. */
final class Styles {

    static final Styles NONE = new Styles(new boolean[0]);

    private final boolean[] dateStyles;

    private Styles(boolean[] dateStyles) {
        this.dateStyles = dateStyles;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }

    static Styles read(XlsxPackage pkg, String part) throws IOException, XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        int[] xfFormats = new int[16];
        int xfCount = 0;
        XMLStreamReader reader = pkg.xml(part);
        try {
            boolean inCellXfs = false;
            int depthInXfs = 0;
            while (reader.hasNext()) {
                int event = XlsxPackage.next(reader);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("numFmt")) {
                        String id = reader.getAttributeValue(null, "numFmtId");
                        String code = reader.getAttributeValue(null, "formatCode");
                        Integer fid = parseInt(id);
                        if (fid != null && code != null) {
                            formats.put(fid, code);
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                        depthInXfs = 0;
                    } else if (inCellXfs) {
                        depthInXfs++;
                        if (name.equals("xf") && depthInXfs == 1) {
                            Integer fid = parseInt(reader.getAttributeValue(null, "numFmtId"));
                            if (xfCount == xfFormats.length) {
                                xfFormats = Arrays.copyOf(xfFormats, xfCount * 2);
                            }
                            xfFormats[xfCount++] = fid == null ? 0 : fid;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inCellXfs) {
                    if (reader.getLocalName().equals("cellXfs") && depthInXfs == 0) {
                        inCellXfs = false;
                    } else {
                        depthInXfs--;
                    }
                }
            }
        } finally {
            reader.close();
        }
        boolean[] dates = new boolean[xfCount];
        Map<Integer, Boolean> byFormat = new HashMap<>();
        for (int i = 0; i < xfCount; i++) {
            int fid = xfFormats[i];
            dates[i] = byFormat.computeIfAbsent(fid, f -> SpreadsheetNumbers.isDateFormat(f, formats.get(f)));
        }
        return new Styles(dates);
    }

    private static Integer parseInt(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
