package org.stocktake.testing;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
