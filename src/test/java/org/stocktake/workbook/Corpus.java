package org.stocktake.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the hostile corpus ({@code shared/corpus/hostile}) by walking up from the working directory. */
final class Corpus {

    record Entry(String file, String hazard, Set<String> acceptableRules) {
        boolean mayOpen() {
            return acceptableRules.contains("TPL-SHEET-MISSING");
        }
    }

    private Corpus() {
    }

    static Path dir() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/corpus/hostile");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpus/hostile not found above " + here);
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static List<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir().resolve("MANIFEST.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            entries.add(new Entry(f[0], f[2], new LinkedHashSet<>(List.of(f[4].split("\\|")))));
        }
        return entries;
    }
}
