package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.mail.MailRunner.MailRun;
import org.stocktake.standard.Period;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.TestDatabase;

/**
 * Reminders (standard §12) through nightly's mail job, as of exact dates: 2012-13 Q2 ends on 30 September 2012, so its
 * returns are due on 30 October (30 days). Birmingham's return was accepted, Blackpool's rejected, Essex sent none.
 */
class ReminderFunctionalTests extends MailWorld {

    static final String BEFORE = "Stocktake return for 2012-13 Q2 due by 30 October 2012";
    static final String OVERDUE = "Stocktake return for 2012-13 Q2 is overdue";

    @Autowired
    MailRunner mail;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbcTemplate;

    TestDatabase db;

    @BeforeEach
    void reset() {
        db = TestDatabase.on(jdbcTemplate);
        db.accepted(BIRMINGHAM, "Birmingham", "2012-13 Q2", "ACCEPTED", 100, 10, 5, 1);
        db.submission(BLACKPOOL, "2012-13 Q2", "REJECTED");
    }

    MailRun asOf(String date) {
        MailRun run = mail.run(LocalDate.parse(date));
        assertThat(run.completed()).isTrue();
        return run;
    }

    @Test
    void oneReminderWhenTheDueDateIsAWeekAwayAndOneMoreOnceItHasPassed() {
        // 8 days before: nothing yet
        assertThat(asOf("2012-10-22").lines().get(0)).isEqualTo("Reminders for 2012-13 Q2 (due 30 October 2012,"
                + " reminders start on 23 October 2012): none new");
        assertThat(ReceivedMail.all()).isEmpty();

        // 7 days before: the areas without an accepted return, to their submitters
        MailRun sevenDays = asOf("2012-10-23");
        assertThat(sevenDays.lines().get(0)).isEqualTo("Reminders for 2012-13 Q2 (due 30 October 2012, in 7 days):"
                + " 2 new, for Blackpool (E06000009), Essex (E10000012)");
        assertThat(sevenDays.lines().get(1)).startsWith("Mail: 2 sent, 0 failed in ");
        assertThat(ReceivedMail.all()).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(BLAKE), BEFORE), tuple(List.of(PAT), BEFORE));
        ReceivedMail blackpool = ReceivedMail.all().stream().filter(m -> m.to().equals(List.of(BLAKE))).findFirst()
                .orElseThrow();
        assertThat(blackpool.text()).isEqualTo("""
                The stocktake return for Blackpool (E06000009) for 2012-13 Q2 is due by 30 October 2012. We have not \
                received a return we could accept yet. The return we received was rejected: its feedback says what to \
                correct.

                To send it:

                1. Download the return template for Blackpool (E06000009), 2012-13 Q2:
                   https://stocktake.example.gov.uk/templates/E06000009/2012-13-Q2
                2. Fill it in and sign it off.
                3. Upload it:
                   https://stocktake.example.gov.uk/submissions/new

                You get this e-mail because you submit returns for Blackpool (E06000009). If you have sent the return \
                since this e-mail was written, you do not need to do anything.

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """);
        assertThat(blackpool.html()).contains("href=\"https://stocktake.example.gov.uk/templates/E06000009/2012-13-Q2\"",
                "href=\"https://stocktake.example.gov.uk/submissions/new\"");

        // the next day and on the due date: nothing new
        assertThat(asOf("2012-10-24").lines().get(0)).endsWith("(due 30 October 2012, in 6 days): none new");
        assertThat(asOf("2012-10-30").lines().get(0)).endsWith("(due 30 October 2012, today): none new");
        assertThat(ReceivedMail.all()).hasSize(2);

        // the day after: one more each
        assertThat(asOf("2012-10-31").lines().get(0)).isEqualTo("Reminders for 2012-13 Q2 (due 30 October 2012,"
                + " 1 day ago): 2 new, for Blackpool (E06000009), Essex (E10000012)");
        List<ReceivedMail> overdue = ReceivedMail.all().stream().filter(m -> m.subject().equals(OVERDUE)).toList();
        assertThat(overdue).extracting(ReceivedMail::to).containsExactlyInAnyOrder(List.of(BLAKE), List.of(PAT));
        assertThat(overdue.stream().filter(m -> m.to().equals(List.of(PAT))).findFirst().orElseThrow().text())
                .startsWith("The stocktake return for Essex (E10000012) for 2012-13 Q2 was due by 30 October 2012. We"
                        + " have not received a return we could accept.\n\nTo send it:");

        // and never again
        assertThat(asOf("2012-11-01").lines().get(0)).endsWith("none new");
        assertThat(ReceivedMail.all()).hasSize(4);
    }

    @Test
    void aMissedRunCatchesUpAnAcceptedReturnEndsTheRemindersAndOlderPeriodsAreNotChased() {
        // no run until 3 days before: the reminder still goes
        assertThat(asOf("2012-10-27").lines().get(0)).endsWith("in 3 days): 2 new, for Blackpool (E06000009),"
                + " Essex (E10000012)");

        // Essex's return is accepted; the first run after the due date is a week late
        db.accepted(ESSEX, "Essex", "2012-13 Q2", "ACCEPTED", 100, 10, 5, 1);
        assertThat(asOf("2012-11-06").lines().get(0)).endsWith("(due 30 October 2012, 7 days ago): 1 new, for"
                + " Blackpool (E06000009)");

        // Q3 has ended: Q2 is not chased any more, and Q3's returns are not due for 28 days
        assertThat(asOf("2013-01-02").lines().get(0)).isEqualTo("Reminders for 2012-13 Q3 (due 30 January 2013,"
                + " reminders start on 23 January 2013): none new");
        assertThat(ReceivedMail.all()).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(BLAKE), BEFORE), tuple(List.of(PAT), BEFORE), tuple(List.of(BLAKE), OVERDUE));
    }

    @Test
    void theDueDateIsThePeriodsEndPlusTheConfiguredDays() {
        Period q2 = Period.of("2012-13 Q2");
        assertThat(reminders.dueDate(q2)).isEqualTo(LocalDate.of(2012, 10, 30)); // the default, 30 days
        Reminders fortnight = new Reminders(null, null, null, null, null, 14);
        assertThat(fortnight.dueDate(q2)).isEqualTo(LocalDate.of(2012, 10, 14));
        assertThat(fortnight.dueDate(Period.of("2012-13 Q4"))).isEqualTo(LocalDate.of(2013, 4, 14));
    }

    @Test
    void aReminderNotSentYetIsWithdrawnWhenTheReturnIsAcceptedOrTheOverdueOneReplacesIt() {
        // queued, not delivered (as when the mail server is down)
        reminders.queueDue(LocalDate.of(2012, 10, 25));
        db.accepted(ESSEX, "Essex", "2012-13 Q2", "ACCEPTED", 100, 10, 5, 1);
        reminders.queueDue(LocalDate.of(2012, 11, 2));

        assertThat(outcomes("reminder:2012-13-Q2:")).containsExactly(BLAKE + " NOT_SENT", PAT + " NOT_SENT",
                BLAKE + " PENDING");
        assertThat(jdbc.sql("SELECT r.last_error FROM outbox_recipient r ORDER BY r.id").query(String.class).list())
                .containsExactly("replaced by the reminder that the return is overdue",
                        "a return for 2012-13 Q2 has been accepted", null);
    }
}
