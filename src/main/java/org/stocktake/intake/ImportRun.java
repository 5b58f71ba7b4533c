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
        List<String> problems, Duration took, Path outDir, long passedOver) {

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

    public ImportRun(long jobExecutionId, String jobStatus, boolean jobCompleted, List<RunFile> files,
            List<String> problems, Duration took, Path outDir) {
        this(jobExecutionId, jobStatus, jobCompleted, files, problems, took, outDir, 0);
    }

    /**
     * Short enough for cron mail: a line of counts, then one line per problem (a rejected or quarantined file
     * with its first error, a refused reference file, a job failure). Error messages name sheet and cell and
     * the rule; a quarantined file's message says where the personal data is, never what it is.
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.UK, "Import %s: %d new files in %.1f s", jobCompleted ? "finished" : "FAILED (" + jobStatus + ")",
                files.size(), took.toMillis() / 1000.0));
        if (passedOver > 0) {
            s.append(String.format(Locale.UK, " (%d imported before, passed over)", passedOver));
        }
        s.append(System.lineSeparator());
        countsByStatus().forEach((status, n) -> s.append(String.format("  %-24s %5d%n", status, n)));
        for (RunFile f : files) {
            if (f.status().equals("REJECTED") || f.status().equals("QUARANTINED")) {
                s.append(String.format("  %s %s: %d errors, first: %s (see feedback/%s.csv)%n",
                        f.status().toLowerCase(Locale.ROOT), f.fileName(), f.errors(),
                        f.firstError() == null ? "-" : oneLine(f.firstError()), Path.of(f.fileName()).getFileName()));
            }
        }
        problems.forEach(p -> s.append("  problem: ").append(p).append(System.lineSeparator()));
        s.append("Import report: ").append(outDir.resolve("import-report.csv"));
        return s.toString();
    }

    private static String oneLine(String message) {
        String line = message.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
