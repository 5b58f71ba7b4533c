package org.stocktake.workbook;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.stocktake.standard.Rule;

/**
 * The zip container of an {@code .xlsx}: part lookup (case-insensitive, backslashes tolerated), relationships,
 * and inflation under the {@link WorkbookLimits} policy. XML is parsed with StAX, DTDs and external entities off.
 */
final class XlsxPackage implements Closeable {

    /** One factory per package: no sharing of parser state between threads reading different files. */
    private final XMLInputFactory xmlFactory = newFactory();

    private final ZipFile zip;
    private final WorkbookLimits limits;
    private final Map<String, ZipEntry> parts = new HashMap<>();
    private final List<ReadAhead> readAheads = new ArrayList<>();
    private long totalInflated;

    /** A relationship of a part: its id, type (full URI) and resolved target part name (null if external). */
    record Relationship(String id, String type, String target) {
        boolean isType(String suffix) {
            return type.endsWith("/" + suffix);
        }
    }

    /** Thrown by the limiting stream; carries the message for FILE-TOO-LARGE. */
    static final class InflationLimitException extends IOException {
        InflationLimitException(String message) {
            super(message);
        }
    }

    /** A DOCTYPE or entity reference in a part: refused, never expanded. */
    static final class DoctypeException extends XMLStreamException {
        DoctypeException() {
            super("a part holds a DOCTYPE or entity declarations, which a workbook never has");
        }
    }

    XlsxPackage(Path file, WorkbookLimits limits) throws IOException, WorkbookException {
        this.zip = new ZipFile(file.toFile());
        this.limits = limits;
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String key = normalise(entry.getName());
                if (parts.put(key, entry) != null) {
                    throw new WorkbookException(Rule.FILE_UNREADABLE, Workbooks.damaged(
                            "the zip holds two parts named " + entry.getName()));
                }
            }
        } catch (WorkbookException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    boolean has(String partName) {
        return partName != null && parts.containsKey(normalise(partName));
    }

    List<String> partNames() {
        return new ArrayList<>(parts.keySet());
    }

    /** A part larger than this (compressed) is inflated on a thread of its own while it is parsed. */
    static final long READ_AHEAD_FROM = 1 << 20;

    /** Whether the part is large enough to be inflated ahead on a thread of its own ({@link #READ_AHEAD_FROM}). */
    boolean readsAhead(String partName) {
        ZipEntry entry = parts.get(normalise(partName));
        return entry != null && readsAhead(entry);
    }

    private static boolean readsAhead(ZipEntry entry) {
        return entry.getCompressedSize() > READ_AHEAD_FROM;
    }

    /** Opens a part for reading, inflation limits applied. */
    InputStream open(String partName) throws IOException {
        ZipEntry entry = parts.get(normalise(partName));
        if (entry == null) {
            throw new java.io.FileNotFoundException(partName);
        }
        InputStream part = new Limited(zip.getInputStream(entry), entry, partName);
        if (!readsAhead(entry)) {
            return part;
        }
        ReadAhead ahead = new ReadAhead(part, partName);
        readAheads.add(ahead); // closed with the package, if its reader was not
        return ahead;
    }

    /** A StAX reader over a part; a DOCTYPE is refused on sight. */
    XMLStreamReader xml(String partName) throws IOException, XMLStreamException {
        return xmlFactory.createXMLStreamReader(open(partName));
    }

    /** Advances to the next event, refusing DTDs. */
    static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new DoctypeException();
        }
        return event;
    }

    /** Relationships of a part ({@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}); empty if none. */
    List<Relationship> relationships(String sourcePart) throws IOException, XMLStreamException {
        String dir = "";
        String file = sourcePart;
        int slash = sourcePart.lastIndexOf('/');
        if (slash >= 0) {
            dir = sourcePart.substring(0, slash + 1);
            file = sourcePart.substring(slash + 1);
        }
        String relsName = dir + "_rels/" + file + ".rels";
        List<Relationship> result = new ArrayList<>();
        if (!has(relsName)) {
            return result;
        }
        XMLStreamReader reader = xml(relsName);
        try {
            while (reader.hasNext()) {
                if (next(reader) == XMLStreamConstants.START_ELEMENT && "Relationship".equals(reader.getLocalName())) {
                    String id = reader.getAttributeValue(null, "Id");
                    String type = reader.getAttributeValue(null, "Type");
                    String target = reader.getAttributeValue(null, "Target");
                    String mode = reader.getAttributeValue(null, "TargetMode");
                    if (type == null || target == null) {
                        continue;
                    }
                    String resolved = "External".equalsIgnoreCase(mode) ? null : resolve(dir, target);
                    result.add(new Relationship(id == null ? "" : id, type, resolved));
                }
            }
        } finally {
            reader.close();
        }
        return result;
    }

    static String resolve(String baseDir, String target) {
        String t = target.replace('\\', '/');
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        String path = t.startsWith("/") ? t.substring(1) : baseDir + t;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    @Override
    public void close() {
        readAheads.forEach(XlsxPackage::closeQuietly); // their threads stop before the zip closes under them
        closeQuietly(zip);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Counts inflated bytes and enforces the ratio and absolute caps. */
    private final class Limited extends FilterInputStream {
        private final long compressed;
        private final String partName;
        private long inflated;

        Limited(InputStream in, ZipEntry entry, String partName) {
            super(in);
            this.compressed = Math.max(entry.getCompressedSize(), 1);
            this.partName = partName;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        // synchronized: a large part counts on its read-ahead thread, and every part adds to one total
        private void count(long n) throws InflationLimitException {
            synchronized (XlsxPackage.this) {
                inflated += n;
                totalInflated += n;
                if (inflated > limits.ratioCheckAfterBytes() && inflated > limits.maxInflateRatio() * compressed) {
                    throw new InflationLimitException("the part " + partName + " inflates more than "
                            + (long) limits.maxInflateRatio() + " times its compressed size (a zip bomb?)");
                }
                if (inflated > limits.maxEntryInflatedBytes()) {
                    throw new InflationLimitException("the part " + partName + " inflates to more than "
                            + limits.maxEntryInflatedBytes() / (1024 * 1024) + " MiB");
                }
                if (totalInflated > limits.maxTotalInflatedBytes()) {
                    throw new InflationLimitException("the workbook inflates to more than "
                            + limits.maxTotalInflatedBytes() / (1024 * 1024) + " MiB");
                }
            }
        }
    }
}
