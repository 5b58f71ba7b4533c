package org.stocktake.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.storage.RunLogStore.RunFile;

/** The result of one import run, and the summary a person reads at the end of it. */
public record ImportRun(long jobExecutionId, String jobStatus, boolean jobCompleted, List<RunFile> files,
        List<String> problems, Duration took, Path outDir) {

    public ImportRun {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        for (RunFile f : files) {
            counts.merge(f.status(), 1, Integer::sum);
        }
        return counts;
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.UK, "Import %s: %d files in %.1f s%n", jobCompleted ? "finished" : "FAILED (" + jobStatus + ")",
                files.size(), took.toMillis() / 1000.0));
        countsByStatus().forEach((status, n) -> s.append(String.format("  %-24s %5d%n", status, n)));
        for (RunFile f : files) {
            if (f.status().equals("REJECTED") || f.status().equals("QUARANTINED")) {
                s.append(String.format("  %s %s: %d errors, see feedback/%s.csv%n", f.status().toLowerCase(Locale.ROOT),
                        f.fileName(), f.errors(), Path.of(f.fileName()).getFileName()));
            }
        }
        problems.forEach(p -> s.append("  problem: ").append(p).append(System.lineSeparator()));
        s.append("Import report: ").append(outDir.resolve("import-report.csv"));
        return s.toString();
    }
}
