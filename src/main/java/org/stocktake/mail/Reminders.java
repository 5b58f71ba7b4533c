package org.stocktake.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.period.AreaReport;
import org.stocktake.period.AreaStatus;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;
import org.stocktake.users.User;
import org.stocktake.users.Users;

/**
 * Reminders (standard §12): a return is due {@code stocktake.due-days} days after its period ends. For the latest
 * period that has ended as of the run's as-of date, each area the register expects without an accepted return gets
 * one reminder once the due date is 7 days or fewer away, and one more once it has passed. They are decided from
 * the as-of date alone, so a run missed on the day catches up the next day; a reminder already written is not
 * written again. An overdue reminder withdraws the earlier one if it has not gone out yet, an accepted return both,
 * and when a newer period ends the older one's waiting reminders are withdrawn (older periods are chased by the
 * central team).
 */
@Service
public class Reminders {

    static final int DAYS_BEFORE = 7;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Which of an area's two reminders. */
    enum When {
        BEFORE("before"), AFTER("after");

        final String code;

        When(String code) {
            this.code = code;
        }
    }

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final PeriodReports reports;
    private final Users users;
    private final int dueDays;

    Reminders(Outbox outbox, MailTemplates templates, MailSettings settings, PeriodReports reports, Users users,
            @Value("${stocktake.due-days:30}") int dueDays) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.reports = reports;
        this.users = users;
        this.dueDays = dueDays;
    }

    /** What {@link #queueDue} did, and a line for the run's summary. */
    public record Queued(Period period, LocalDate due, LocalDate asOf, List<String> queued, List<String> nobodyToRemind) {

        public String summary() {
            long days = ChronoUnit.DAYS.between(asOf, due);
            String when = days > DAYS_BEFORE ? "reminders start on " + DAY.format(due.minusDays(DAYS_BEFORE))
                    : days > 0 ? "in " + FeedbackMail.plural(days, "day")
                    : days == 0 ? "today" : FeedbackMail.plural(-days, "day") + " ago";
            StringBuilder s = new StringBuilder("Reminders for " + period + " (due " + DAY.format(due) + ", " + when
                    + "): " + (queued.isEmpty() ? "none new" : queued.size() + " new, for " + String.join(", ", queued)));
            if (!nobodyToRemind.isEmpty()) {
                s.append("; no submitter to remind for ").append(String.join(", ", nobodyToRemind));
            }
            return s.toString();
        }
    }

    /** The latest period that has ended as of a date: the one before the period that contains it. */
    static Period latestEnded(LocalDate asOf) {
        return Period.containing(asOf).previous();
    }

    LocalDate dueDate(Period period) {
        return period.end().plusDays(dueDays);
    }

    /** Writes the reminders that have fallen due as of the date to the outbox, in one transaction. */
    @Transactional
    public Queued queueDue(LocalDate asOf) {
        Period period = latestEnded(asOf);
        LocalDate due = dueDate(period);
        long daysLeft = ChronoUnit.DAYS.between(asOf, due);
        When when = daysLeft < 0 ? When.AFTER : daysLeft <= DAYS_BEFORE ? When.BEFORE : null;
        outbox.withdraw(keyPrefix(period.previous()), "the period " + period + " has ended: " + period.previous()
                + " is chased by the central team");
        List<String> queued = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        PeriodReport report = reports.load(period);
        for (AreaReport area : report.areas()) {
            String areaPrefix = keyPrefix(period) + area.areaCode() + ":";
            if (area.counts()) {
                outbox.withdraw(areaPrefix, "a return for " + period + " has been accepted");
                continue;
            }
            if (when == null) {
                continue;
            }
            if (when == When.AFTER) {
                outbox.withdraw(areaPrefix + When.BEFORE.code, "replaced by the reminder that the return is overdue");
            }
            List<String> to = users.submittersOf(area.areaCode()).stream().filter(u -> !u.disabled())
                    .map(User::email).toList();
            String name = area.label();
            if (to.isEmpty()) {
                nobody.add(name);
            } else if (outbox.enqueue(reminder(area, period, due, when, to))) {
                queued.add(name);
            }
        }
        return new Queued(period, due, asOf, queued, nobody);
    }

    private OutgoingMessage reminder(AreaReport area, Period period, LocalDate due, When when, List<String> to) {
        String subject = when == When.BEFORE
                ? "Stocktake return for " + period + " due by " + DAY.format(due)
                : "Stocktake return for " + period + " is overdue";
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("subject", subject);
        v.put("overdue", when == When.AFTER);
        v.put("area", area.label());
        v.put("period", period.toString());
        v.put("due", DAY.format(due));
        v.put("rejected", area.status() == AreaStatus.REJECTED);
        v.put("template", settings.link("/templates/" + area.areaCode() + "/" + period.fileName()));
        v.put("upload", settings.link("/submissions/new"));
        return new OutgoingMessage(keyPrefix(period) + area.areaCode() + ":" + when.code, MessageKind.REMINDER,
                "the " + (when == When.BEFORE ? "reminder" : "overdue reminder") + " for " + area.areaName() + ", "
                        + period,
                subject, templates.render("reminder", v), to, List.of(), null, false, null);
    }

    private static String keyPrefix(Period period) {
        return MessageKind.REMINDER.code() + ":" + period.fileName() + ":";
    }
}
