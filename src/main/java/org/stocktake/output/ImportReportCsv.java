package org.stocktake.output;

import java.nio.file.Path;
import java.util.List;

import org.stocktake.storage.RunLogStore.RunFile;

/**
 * {@code import-report.csv}: one row per file seen in the latest run (standard §9), with where its feedback CSV is
 * ({@code feedback}, relative to the output folder).
 */
public final class ImportReportCsv {

    static final List<String> HEADER = List.of("file", "sha256", "status", "area_code", "period", "errors",
            "warnings", "submission_id", "supersedes", "feedback");

    private ImportReportCsv() {
    }

    public static Path write(Path outDir, List<RunFile> files) {
        Path target = outDir.resolve("import-report.csv");
        try (SafeCsv csv = SafeCsv.create(target, HEADER)) {
            for (RunFile f : files) {
                csv.row(f.fileName(), f.sha256(), f.status(), f.areaCode(), f.period(), f.errors(), f.warnings(),
                        f.submissionId(), f.supersedes(),
                        FeedbackNames.csv(f.fileName()));
            }
        }
        return target;
    }
}
