package org.stocktake.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the team's shared folder ({@code ../shared} beside the checkout, in CI as on a developer's machine). */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/ folder beside the checkout (expected ../shared/corpus)");
    }

    public static Path hostileCorpus() {
        return shared().resolve("corpus").resolve("hostile");
    }

    /**
     * Copies every file the hostile corpus's {@code MANIFEST.tsv} lists into a folder, and returns each file's
     * acceptable rule ids (the manifest's {@code acceptable_rules}), in manifest order.
     */
    public static Map<String, Set<String>> copyHostileCorpus(Path inbox) throws IOException {
        Path corpus = hostileCorpus();
        Map<String, Set<String>> acceptable = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        Files.createDirectories(inbox);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            acceptable.put(columns[0], Set.of(columns[4].split("\\|")));
            Files.copy(corpus.resolve(columns[0]), inbox.resolve(columns[0]));
        }
        return acceptable;
    }
}
