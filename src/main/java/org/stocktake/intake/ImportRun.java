package org.stocktake.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.feedback.Quarantine;
import org.stocktake.output.FeedbackNames;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.validation.ReturnStatus;

/** The result of one import run, and the summary a person reads at the end of it. */
public record ImportRun(long jobExecutionId, String jobStatus, boolean jobCompleted, List<RunFile> files,
        List<String> problems, Duration took, Path outDir, long passedOver) {

    public ImportRun {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** How many files ended with each status, in the order of the status names. */
    public Map<ReturnStatus, Integer> countsByStatus() {
        Map<ReturnStatus, Integer> counts = new TreeMap<>(Comparator.comparing(ReturnStatus::name));
        for (RunFile f : files) {
            counts.merge(f.status(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Short enough for cron mail: a line of counts, then one line per problem (a rejected or quarantined file
     * with its first error, a refused reference file, a job failure). Error messages name sheet and cell and
     * the rule; a Family records issue (so a quarantined file's) is shown by rule and cell only ({@link Quarantine}).
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
            if (f.status() == ReturnStatus.REJECTED || f.status() == ReturnStatus.QUARANTINED) {
                s.append(String.format("  %s %s: %d errors, first: %s (see %s)%n",
                        f.status().name().toLowerCase(Locale.ROOT), f.fileName(), f.errors(),
                        f.firstError() == null ? "-" : oneLine(Quarantine.summaryText(f.firstError())),
                        FeedbackNames.csv(f.fileName())));
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
