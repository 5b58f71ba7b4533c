package org.stocktake.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.stocktake.storage.OutboxStore.RecipientRow;

/**
 * What one delivery did, and the lines of a run's summary: how many went out, each recipient that failed (to be
 * retried, or not), and why nothing could go out when that was so. "Messages" counts copies: a message to three
 * people is three.
 *
 * @param notSent     recorded as not sent because mail is not configured, with the reason; 0 otherwise
 * @param stopped     why the run stopped before the end (the server could not be reached); null when it did not
 * @param waiting     recipients still waiting at the end (for the next run)
 * @param uncertain   left SENDING by a sender that stopped (a crash): not sent again, named here
 */
public record DeliveryReport(int sent, List<RecipientRow> failed, int notSent, String notConfigured, String stopped,
        int waiting, int expired, List<RecipientRow> uncertain, Duration took) {

    public DeliveryReport {
        failed = List.copyOf(failed);
        uncertain = List.copyOf(uncertain);
    }

    /** True when nothing failed and nothing is left waiting. */
    public boolean clean() {
        return failed.isEmpty() && stopped == null && uncertain.isEmpty() && notConfigured == null;
    }

    /** The summary without the lines that name recipients: for the log. */
    public String headline() {
        return summary().lines().filter(l -> !l.startsWith("  failed") && !l.startsWith("  uncertain"))
                .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        if (notConfigured != null) {
            s.append("Mail: nothing sent: ").append(notConfigured).append(notSent == 0 ? ""
                    : "; " + FeedbackMail.plural(notSent, "message") + " recorded as not sent, not to be retried");
            if (waiting > 0) {
                s.append("; ").append(FeedbackMail.plural(waiting, "message")).append(" wait for it to be fixed");
            }
        } else {
            double seconds = took.toNanos() / 1e9;
            s.append(String.format(Locale.UK, "Mail: %d sent, %d failed in %.1f s", sent, failed.size(), seconds));
            if (sent > 0 && seconds > 0) {
                s.append(String.format(Locale.UK, " (%.1f messages/s)", sent / seconds));
            }
            if (stopped != null) {
                s.append(System.lineSeparator()).append("  stopped: ").append(stopped).append("; ")
                        .append(FeedbackMail.plural(waiting, "message")).append(" wait for the next run");
            } else if (waiting > 0) {
                s.append("; ").append(FeedbackMail.plural(waiting, "message")).append(" wait for the next run");
            }
        }
        for (RecipientRow r : failed) {
            boolean again = r.state().equals("PENDING");
            s.append(System.lineSeparator()).append("  failed").append(again ? " (retried by the next run)" : "")
                    .append(": ").append(r.about()).append(" to ").append(r.address()).append(": ").append(r.lastError());
        }
        for (RecipientRow r : uncertain) {
            s.append(System.lineSeparator()).append("  uncertain: ").append(r.about()).append(" to ").append(r.address())
                    .append(": ").append(r.lastError());
        }
        if (expired > 0) {
            s.append(System.lineSeparator()).append("  not sent: ").append(FeedbackMail.plural(expired, "message"))
                    .append(" no longer valid (a set-password link that expired first)");
        }
        return s.toString();
    }
}
