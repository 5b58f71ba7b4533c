package org.stocktake.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stocktake.pack.PackRendered;
import org.stocktake.pack.PackSummary;
import org.stocktake.period.AreaReport;
import org.stocktake.period.AreaStatus;
import org.stocktake.period.Headline;
import org.stocktake.period.PeriodReport;
import org.stocktake.standard.Period;
import org.stocktake.users.User;
import org.stocktake.users.Users;

/**
 * The pack e-mail (standard §12), written to the outbox in the transaction that records a new pack, and only when
 * what the pack shows differs from the last pack e-mailed for its period: every steering and central user gets
 * the headline, the missing and rejected areas, a link to the HTML pack and the PDF. A newer pack withdraws an older
 * one of the same period that is still waiting to go out.
 */
@Component
class PackMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Users users;

    PackMail(Outbox outbox, MailTemplates templates, MailSettings settings, Users users) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.users = users;
    }

    /** Every pack e-mail of the period has a key starting with this. */
    static String keyPrefix(Period period) {
        return MessageKind.PACK.code() + ":" + period.fileName() + ":";
    }

    @EventListener
    void rendered(PackRendered event) {
        PeriodReport report = event.report();
        Period period = report.period();
        String prefix = keyPrefix(period);
        Optional<String> last = outbox.latestFingerprint(prefix);
        if (last.isPresent() && last.get().equals(event.fingerprint())) {
            return; // the same content as the last pack e-mailed for the period
        }
        List<String> to = users.steeringAndCentral().stream().filter(u -> !u.disabled()).map(User::email).toList();
        if (to.isEmpty()) {
            return;
        }
        Headline h = report.headline();
        String subject = "Stocktake pack for " + period;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("subject", subject);
        v.put("period", period.toString());
        v.put("helped", PackSummary.familiesHelped(h));
        v.put("expected", PackSummary.count(h.expected()));
        v.put("counting", PackSummary.count(h.counting()));
        v.put("withWarnings", PackSummary.count(h.acceptedWithWarnings()));
        v.put("missing", names(report.areas(AreaStatus.MISSING)));
        v.put("rejected", names(report.areas(AreaStatus.REJECTED)));
        v.put("link", settings.link("/periods/" + period.fileName() + "/pack"));
        String file = event.pack().getFileName().toString();
        v.put("attachment", file);
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(event.pack());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack " + event.pack() + " to e-mail it", e);
        }
        String key = prefix + (outbox.count(prefix) + 1) + ":" + event.fingerprint().substring(0, 16);
        outbox.withdraw(prefix, "a newer pack for " + period + " replaced it before it was sent");
        outbox.enqueue(new OutgoingMessage(key, MessageKind.PACK, "the pack for " + period, subject,
                templates.render("pack", v), to, List.of(new OutgoingMessage.Attachment(file, "application/pdf", pdf)),
                event.fingerprint(), false, null));
    }

    private static List<String> names(List<AreaReport> areas) {
        return areas.stream().map(AreaReport::label).toList();
    }
}
