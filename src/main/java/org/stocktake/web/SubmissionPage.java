package org.stocktake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.ui.Model;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Severity;
import org.stocktake.storage.SubmissionDetail;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.web.Govuk.Cell;
import org.stocktake.web.Govuk.Row;

/**
 * What {@code GET /submissions/{id}} shows (standard §11.2): the status, the error/warning/info counts, the issues
 * grouped by rule with sheet!cell and message, the officer's explanations, the downloads, and what it supersedes or
 * is superseded by.
 */
final class SubmissionPage {

    /** The issues of one rule: a caption (rule, severity, how many) and a table of where and what. */
    record IssueGroup(String caption, List<Cell> head, List<List<Cell>> rows) {
    }

    /** A download: link text, address and what it is. */
    record Download(String text, String href, String description) {
    }

    /** Everything about a submission the page needs, loaded once it is known the user may see it. */
    record Loaded(SubmissionDetail submission, PortalData.Area area, List<Issue> issues, boolean counts,
            boolean originalKept, Optional<SubmissionDetail> supersedes, Optional<SubmissionDetail> supersededBy) {
    }

    private SubmissionPage() {
    }

    static void fill(Model model, Loaded s) {
        SubmissionDetail d = s.submission();
        model.addAttribute("submission", d);
        model.addAttribute("tag", StatusTags.of(d.status()));
        model.addAttribute("outcome", outcome(s));
        model.addAttribute("summary", summary(s));
        model.addAttribute("groups", groups(s.issues()));
        model.addAttribute("downloads", downloads(s));
        model.addAttribute("rejected", d.status() == ReturnStatus.REJECTED || d.status() == ReturnStatus.QUARANTINED);
    }

    /** Whether the annotated workbook can be made: the original is kept and its issues concern cells. */
    static boolean annotatable(List<Issue> issues, boolean originalKept) {
        return originalKept && AnnotatedFeedback.applies(issues);
    }

    private static String outcome(Loaded s) {
        SubmissionDetail d = s.submission();
        String where = s.area() == null ? "" : s.area().name() + (d.period() == null ? "" : " for " + d.period());
        return switch (d.status()) {
            case ACCEPTED -> s.counts() ? "This return was accepted. It is the return that counts for " + where + "."
                    : "This return was accepted. A later return for " + where + " has replaced it.";
            case ACCEPTED_WITH_WARNINGS -> (s.counts()
                    ? "This return was accepted with " + plural(d.warnings(), "warning") + ". It is the return that"
                    + " counts for " + where + "."
                    : "This return was accepted with " + plural(d.warnings(), "warning") + ". A later return for "
                    + where + " has replaced it.")
                    + " The steering group sees its warnings and your explanations of them.";
            case REJECTED -> "This return was rejected: nothing of it counts. Correct the " + plural(d.errors(), "error")
                    + " below in your workbook (not in the feedback copy) and upload it again.";
            case QUARANTINED -> "This file looks as if it holds personal data in its Family records sheet, so nothing of"
                    + " it was kept, not even a copy of the file. The cells are listed below: remove the personal data"
                    + " and upload the return again.";
            case DUPLICATE -> "This file was already received.";
        };
    }

    private static List<Row> summary(Loaded s) {
        SubmissionDetail d = s.submission();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Status", StatusTags.of(d.status()).text()));
        if (s.area() != null) {
            rows.add(Row.link("Area", s.area().label(), "/areas/" + s.area().code()));
        }
        rows.add(Row.of("Period", d.period() == null ? "Not read from the file" : d.period()));
        rows.add(Row.of("Errors", String.valueOf(count(s.issues(), Severity.ERROR))));
        rows.add(Row.of("Warnings", String.valueOf(count(s.issues(), Severity.WARNING))));
        rows.add(Row.of("Information", String.valueOf(count(s.issues(), Severity.INFO))));
        rows.add(Row.of("Received", PortalFormats.WHEN.format(d.importedAt())));
        rows.add(Row.of("Sent", d.uploadedBy() == null ? "From the inbox" : "Uploaded by " + d.uploadedBy()));
        rows.add(Row.of("File", d.fileName() + " (" + PortalFormats.size(d.sizeBytes()) + ")"));
        s.supersedes().ifPresent(p -> rows.add(Row.link("Supersedes", "Submission " + p.id() + ": " + p.fileName(),
                "/submissions/" + p.id())));
        s.supersededBy().ifPresent(n -> rows.add(Row.link("Superseded by", "Submission " + n.id() + ": "
                + n.fileName(), "/submissions/" + n.id())));
        return rows;
    }

    private static long count(List<Issue> issues, Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** Issues by rule, errors first, then warnings and information, each rule in the order it was first found. */
    private static List<IssueGroup> groups(List<Issue> issues) {
        Map<String, List<Issue>> byRule = new LinkedHashMap<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            issues.stream().filter(i -> i.severity() == severity)
                    .forEach(i -> byRule.computeIfAbsent(i.rule().id(), k -> new ArrayList<>()).add(i));
        }
        List<IssueGroup> groups = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            Severity severity = list.get(0).severity();
            boolean warnings = severity == Severity.WARNING;
            List<Cell> head = warnings ? List.of(Cell.text("Where"), Cell.text("What was found"),
                    Cell.text("Your explanation")) : List.of(Cell.text("Where"), Cell.text("What was found"));
            List<List<Cell>> rows = new ArrayList<>();
            for (Issue i : list) {
                Cell where = Cell.text(i.location().isEmpty() ? "The whole file" : i.location());
                rows.add(warnings ? List.of(where, Cell.text(i.message()),
                        Cell.text(i.explained() ? i.explanation() : "Not explained"))
                        : List.of(where, Cell.text(i.message())));
            }
            groups.add(new IssueGroup(rule + ": " + plural(list.size(), severityWord(severity)), head, rows));
        });
        return groups;
    }

    private static String severityWord(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static List<Download> downloads(Loaded s) {
        SubmissionDetail d = s.submission();
        String base = "/submissions/" + d.id();
        List<Download> downloads = new ArrayList<>();
        downloads.add(new Download("Feedback (CSV)", base + "/feedback.csv", "Every issue with its sheet, cell, rule"
                + " and message, one row each, to open in a spreadsheet."));
        if (annotatable(s.issues(), s.originalKept())) {
            downloads.add(new Download("Your workbook with the problems marked (Excel)", base + "/feedback.xlsx",
                    "A copy of your workbook: each cell with a problem is red (error) or amber (warning) and carries"
                            + " a comment; its first sheet lists every issue with a link to the cell."));
        }
        if (s.originalKept()) {
            downloads.add(new Download("The file as received", base + "/original", d.baseName() + ", "
                    + PortalFormats.size(d.sizeBytes()) + ", byte for byte."));
        }
        return downloads;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
