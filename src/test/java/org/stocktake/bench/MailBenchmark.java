package org.stocktake.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.stocktake.StocktakeApplication;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.mail.DeliveryReport;
import org.stocktake.mail.MailDelivery;
import org.stocktake.mail.MessageKind;
import org.stocktake.pack.PackStage;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.storage.OutboxStore;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.storage.OutboxStore.StoredMessage;
import org.stocktake.storage.ThrowawayDatabases;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestReference;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail benchmark (README, Benchmarks): feedback for {@code --returns} imported returns (each to its area's
 * submitter and its Cover's contact) and the pack to {@code --recipients} central users, against GreenMail on the
 * loopback. The same run (import, pack, delivery) goes twice into fresh H2 databases: once without
 * {@code spring.mail.host} (the outbox is written, nothing is sent) and once with it; the difference is what mail
 * costs the run, to be compared with the sending itself. The floor is the same messages sent over one SMTP
 * connection with no outbox at all. The two runs alternate {@code --repeat} times (default 2), the best of each
 * kept. A main of the test class path, because GreenMail is a test dependency:
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.stocktake.bench.MailBenchmark}.
 */
public final class MailBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);
    static final Period Q2 = Period.of("2012-13 Q2");
    static final List<String> AREAS = List.of("E08000025", "E10000012", "E06000009");
    static final List<String> NAMES = List.of("Birmingham", "Essex", "Blackpool");

    record Run(String what, double importSeconds, double packSeconds, DeliveryReport feedback, DeliveryReport pack) {

        double total() {
            return importSeconds + packSeconds + seconds(feedback) + seconds(pack);
        }
    }

    record Floor(int copies, double seconds) {

        double perSecond() {
            return copies / seconds;
        }
    }

    private final int returns;
    private final int recipients;
    private final Path dir;
    private final PrintStream out;
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort());
    private final Map<MessageKind, Floor> floors = new EnumMap<>(MessageKind.class);
    private final int repeat;

    MailBenchmark(int returns, int recipients, int repeat, Path dir, PrintStream out) {
        this.returns = returns;
        this.recipients = recipients;
        this.repeat = repeat;
        this.dir = dir.toAbsolutePath();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int returns = 150;
        int recipients = 200;
        int repeat = 2;
        Path dir = Path.of("target/bench-mail");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--returns" -> returns = Integer.parseInt(args[i + 1]);
                case "--recipients" -> recipients = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: MailBenchmark [--returns N] [--recipients N]"
                        + " [--repeat N] [--dir DIR]; not " + args[i]);
            }
        }
        new MailBenchmark(returns, recipients, repeat, dir, System.out).measure();
        System.exit(0); // the Spring contexts' and GreenMail's threads
    }

    void measure() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path reference = TestReference.write(dir.resolve("reference"));
        writeReturns(inbox);
        smtp.start();
        try {
            // alternated, the best of each kept: the first pass also warms the JVM up (JasperReports above all)
            Run off = null;
            Run on = null;
            for (int pass = 0; pass < repeat; pass++) {
                off = best(off, run(false, inbox, reference));
                on = best(on, run(true, inbox, reference));
            }
            print(off, on);
        } finally {
            smtp.stop();
        }
    }

    private static Run best(Run kept, Run next) {
        return kept == null || next.total() < kept.total() ? next : kept;
    }

    /** Distinct returns (each its own contact), spread over the register's three areas. */
    private void writeReturns(Path inbox) throws Exception {
        if (Files.isDirectory(inbox)) {
            try (var files = Files.list(inbox)) {
                if (files.count() == returns) {
                    return;
                }
            }
        }
        for (int i = 1; i <= returns; i++) {
            int area = i % AREAS.size();
            new ReturnFixture().cover(CoverLabels.AREA_CODE, AREAS.get(area)).cover(CoverLabels.AREA_NAME, NAMES.get(area))
                    .cover(CoverLabels.CONTACT_EMAIL, "officer-" + i + "@example.gov.uk")
                    .writeXlsx(inbox, "return-" + i + ".xlsx");
        }
    }

    private Run run(boolean mail, Path inbox, Path reference) throws Exception {
        String name = mail ? "mail on" : "mail off";
        Path db = dir.resolve("db").resolve((mail ? "on-" : "off-") + System.currentTimeMillis());
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + db,
                "--stocktake.mail.from=stocktake@example.gov.uk", "--stocktake.portal.url=https://stocktake.example"));
        if (mail) {
            args.add("--spring.mail.host=127.0.0.1");
            args.add("--spring.mail.port=" + smtp.getSmtp().getPort());
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StocktakeApplication.class)
                .run(args.toArray(String[]::new))) {
            addUsers(context.getBean(JdbcClient.class));
            Path output = dir.resolve("out-" + (mail ? "on" : "off"));
            long started = System.nanoTime();
            ImportRun imported = context.getBean(ImportRunner.class).run(inbox, AS_OF, reference, output);
            double importSeconds = since(started);
            if (imported.files().size() != returns) {
                throw new IllegalStateException("imported " + imported.files().size() + " of " + returns + " returns");
            }
            started = System.nanoTime();
            context.getBean(PackStage.class).render(Q2, AS_OF, output);
            double packSeconds = since(started);
            if (mail) {
                floor(context, MessageKind.FEEDBACK);
                floor(context, MessageKind.PACK);
                smtp.purgeEmailFromAllMailboxes();
            }
            MailDelivery delivery = context.getBean(MailDelivery.class);
            DeliveryReport feedback = delivery.deliver(Scope.kind(MessageKind.FEEDBACK.code()));
            DeliveryReport pack = delivery.deliver(Scope.kind(MessageKind.PACK.code()));
            if (mail && smtp.getReceivedMessages().length != feedback.sent() + pack.sent()) {
                throw new IllegalStateException("GreenMail received " + smtp.getReceivedMessages().length);
            }
            smtp.purgeEmailFromAllMailboxes();
            return new Run(name, importSeconds, packSeconds, feedback, pack);
        } finally {
            ThrowawayDatabases.deleteH2(db);
        }
    }

    /** One submitter per area and {@code recipients} central users (straight into the table: no password hashing). */
    private void addUsers(JdbcClient jdbc) {
        Instant now = Instant.now();
        for (int i = 0; i < AREAS.size() + recipients; i++) {
            boolean submitter = i < AREAS.size();
            String email = (submitter ? "submitter-" : "central-") + i + "@example.gov.uk";
            jdbc.sql("INSERT INTO portal_user (email, name, role, failed_sign_ins, created_at) VALUES (?, ?, ?, 0, ?)")
                    .params(email, "User " + i, submitter ? "submitter" : "central",
                            java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .update();
            if (submitter) {
                jdbc.sql("INSERT INTO portal_user_area (user_id, area_code) SELECT id, ? FROM portal_user WHERE email = ?")
                        .params(AREAS.get(i), email).update();
            }
        }
    }

    /**
     * The floor: every copy of the outbox's messages of one kind, made and sent over one SMTP connection as the sender
     * makes them, with no outbox (no claim, no outcome, no reading it back).
     */
    private void floor(ConfigurableApplicationContext context, MessageKind kind) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        OutboxStore store = context.getBean(OutboxStore.class);
        List<Long> ids = jdbc.sql("SELECT id FROM outbox_message WHERE kind = ? ORDER BY id").param(kind.code())
                .query(Long.class).list();
        JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
        int copies = 0;
        long started = System.nanoTime();
        try (Transport transport = sender.getSession().getTransport("smtp")) {
            transport.connect(sender.getHost(), sender.getPort(), null, null);
            for (long id : ids) {
                StoredMessage m = store.message(id);
                for (String to : jdbc.sql("SELECT address FROM outbox_recipient WHERE message_id = ?").param(id)
                        .query(String.class).list()) {
                    MimeMessage mime = sender.createMimeMessage();
                    MimeMessageHelper h = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
                    h.setFrom("stocktake@example.gov.uk");
                    h.setTo(to);
                    h.setSubject(m.subject());
                    h.setText(m.text(), m.html());
                    for (OutboxStore.StoredAttachment a : m.attachments()) {
                        h.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
                    }
                    mime.saveChanges();
                    transport.sendMessage(mime, mime.getAllRecipients());
                    copies++;
                }
            }
        }
        Floor floor = new Floor(copies, since(started));
        floors.merge(kind, floor, (a, b) -> a.perSecond() >= b.perSecond() ? a : b);
    }

    private void print(Run off, Run on) {
        Floor feedbackFloor = floors.get(MessageKind.FEEDBACK);
        Floor packFloor = floors.get(MessageKind.PACK);
        out.printf(Locale.UK, "Mail benchmark: %d returns' feedback (%d copies), the pack to %d central users"
                + " (%d copies), GreenMail on the loopback; best of %d alternated runs each%n", returns,
                on.feedback().sent(), recipients, on.pack().sent(), repeat);
        out.printf(Locale.UK, "%-34s %10s %10s%n", "", off.what(), on.what());
        out.printf(Locale.UK, "%-34s %8.1f s %8.1f s%n", "import " + returns + " returns", off.importSeconds(),
                on.importSeconds());
        out.printf(Locale.UK, "%-34s %8.1f s %8.1f s%n", "render the pack", off.packSeconds(), on.packSeconds());
        out.printf(Locale.UK, "%-34s %8.1f s %8.1f s  %6.1f messages/s; floor %6.1f messages/s (%.2f of it)%n",
                "deliver feedback", seconds(off.feedback()), seconds(on.feedback()), rate(on.feedback()),
                feedbackFloor.perSecond(), rate(on.feedback()) / feedbackFloor.perSecond());
        out.printf(Locale.UK, "%-34s %8.1f s %8.1f s  %6.1f messages/s; floor %6.1f messages/s (%.2f of it)%n",
                "deliver the pack", seconds(off.pack()), seconds(on.pack()), rate(on.pack()), packFloor.perSecond(),
                rate(on.pack()) / packFloor.perSecond());
        out.printf(Locale.UK, "%-34s %8.1f s %8.1f s%n", "the run", off.total(), on.total());
        double growth = on.total() - off.total();
        double sending = seconds(on.feedback()) + seconds(on.pack());
        double outside = on.importSeconds() + on.packSeconds() - off.importSeconds() - off.packSeconds();
        out.printf(Locale.UK, "Mail made the run %.1f s longer; the sending itself took %.1f s (%.2f of it; import and"
                + " pack %+.1f s); the same copies over one bare SMTP connection took %.1f s%n", growth, sending,
                growth / sending, outside, feedbackFloor.seconds() + packFloor.seconds());
    }

    private static double rate(DeliveryReport report) {
        return report.sent() / seconds(report);
    }

    private static double seconds(DeliveryReport report) {
        return report.took().toNanos() / 1e9;
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
