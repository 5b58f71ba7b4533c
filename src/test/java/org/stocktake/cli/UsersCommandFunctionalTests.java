package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.TestMailServer;

/**
 * {@code ./stocktake users add|list|disable} as a user runs them (standard §11.1): exact output, exit status 2 for a
 * usage error and 1 for a refused change, the audit rows they write ("command line"), and no password anywhere.
 */
class UsersCommandFunctionalTests {

    static final String PASSWORD = "correct horse battery staple";
    static final String ME = System.getProperty("user.name");

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
    }

    Run run(String stdin, String... args) {
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            List<String> all = new ArrayList<>(List.of(args));
            if (!all.contains("--help")) {
                all.addAll(List.of("--db", url(), "--reference", "input-samples/reference", "--out",
                        work.resolve("out").toString()));
            }
            int status = StocktakeCli.execute(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                    new PrintStream(errBytes, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
            // the log lines of start-up (reference loading) are not the command's output
            String printed = outBytes.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d(\\.\\d+)? +(INFO|WARN) .*")).reduce("", (a, b) -> a + b + "\n");
            return new Run(status, printed, errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            Console.restoreTestLogging();
        }
    }

    String url() {
        return "jdbc:h2:file:" + work.resolve("db/stocktake");
    }

    JdbcClient database() {
        return JdbcClient.create(new SingleConnectionDataSource(url() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", true));
    }

    @Test
    void addListAndDisableUsers() {
        // when
        Run central = run(PASSWORD + "\n", "users", "add", "--email", "Casey.Central@Example.gov.uk", "--name",
                "Casey Central", "--role", "central", "--password-stdin");
        Run submitter = run("", "users", "add", "--email", "alex@birmingham.example", "--name", "Alex Submitter",
                "--role", "SUBMITTER", "--area", "E08000025", "--area", "e06000009");
        Run steering = run(PASSWORD, "users", "add", "--email", "sam@example.gov.uk", "--name", "Sam Steering",
                "--role", "steering", "--password-stdin");
        Run disabled = run("", "users", "disable", "--email", "SAM@example.gov.uk");
        Run again = run("", "users", "disable", "--email", "sam@example.gov.uk");
        Run list = run("", "users", "list");

        // then
        assertThat(central.status()).isZero();
        assertThat(central.out()).isEqualTo("""
                Added casey.central@example.gov.uk (Casey Central): central
                Password set: they can sign in.
                """);
        assertThat(submitter.status()).isZero();
        Matcher link = Pattern.compile("""
                Added alex@birmingham.example \\(Alex Submitter\\): submitter for E06000009 Blackpool, E08000025 Birmingham
                Send them this link to create their password \\(it works once, until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\):
                http://localhost:8080/set-password/([A-Za-z0-9_-]{43})
                Not e-mailed: mail is not configured \\(spring.mail.host is not set\\).
                """).matcher(submitter.out());
        assertThat(link.matches()).as(submitter.out()).isTrue();
        assertThat(steering.status()).isZero();
        assertThat(disabled.status()).isZero();
        assertThat(disabled.out()).isEqualTo("Disabled sam@example.gov.uk: they cannot sign in, and their sessions"
                + " have ended.\n");
        assertThat(again.status()).isZero();
        assertThat(again.out()).isEqualTo("sam@example.gov.uk was already disabled.\n");
        assertThat(list.status()).isZero();
        assertThat(list.out()).isEqualTo("""
                email                         name            role       areas                state
                alex@birmingham.example       Alex Submitter  submitter  E06000009 E08000025  password not set
                casey.central@example.gov.uk  Casey Central   central                         active
                sam@example.gov.uk            Sam Steering    steering                        disabled
                """);

        JdbcClient db = database();
        assertThat(db.sql("SELECT actor || ' | ' || action || ' | ' || detail || ' | ' || source FROM audit_event"
                + " ORDER BY id").query(String.class).list()).containsExactly(
                ME + " | USER_ADDED | casey.central@example.gov.uk (Casey Central), central, password set | command line",
                ME + " | USER_ADDED | alex@birmingham.example (Alex Submitter), submitter for E06000009 E08000025"
                        + " | command line",
                ME + " | SET_PASSWORD_LINK | alex@birmingham.example, valid for 7 days | command line",
                ME + " | USER_ADDED | sam@example.gov.uk (Sam Steering), steering, password set | command line",
                ME + " | USER_DISABLED | sam@example.gov.uk | command line");
        assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ? OR detail LIKE ?")
                .params("%" + PASSWORD + "%", "%" + link.group(1) + "%").query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT password_hash FROM portal_user WHERE email = 'casey.central@example.gov.uk'")
                .query(String.class).single()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void theLinkIsEMailedWhenMailIsConfiguredAsAnOperatorConfiguresIt() {
        // given: spring.mail.* as the operator gives them (SPRING_MAIL_HOST, ...), read at run time although the
        // commands' context was prepared when the jar was built
        TestMailServer.purge();
        Map<String, String> mail = Map.of("spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMailServer.port()),
                "stocktake.mail.from", "stocktake@example.gov.uk");
        mail.forEach(System::setProperty);
        Run added;
        try {
            // when
            added = run("", "users", "add", "--email", "robin@birmingham.example", "--name", "Robin", "--role",
                    "submitter", "--area", "E08000025");
        } finally {
            mail.keySet().forEach(System::clearProperty);
        }

        // then
        assertThat(added.status()).isZero();
        assertThat(added.out()).endsWith("\nE-mailed the link to robin@birmingham.example.\n");
        String link = added.out().lines().filter(l -> l.startsWith("http://")).findFirst().orElseThrow();
        assertThat(TestMailServer.received()).map(ReceivedMail::of).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly("robin@birmingham.example");
            assertThat(m.from()).isEqualTo("stocktake@example.gov.uk");
            assertThat(m.text()).contains(link);
        });
    }

    @Test
    void aLockedUserIsListedAsLocked() {
        run(PASSWORD, "users", "add", "--email", "casey@example.gov.uk", "--name", "Casey", "--role", "central",
                "--password-stdin");
        database().sql("UPDATE portal_user SET locked_until = DATEADD('HOUR', 1, CURRENT_TIMESTAMP)").update();

        assertThat(run("", "users", "list").out()).endsWith("casey@example.gov.uk  Casey  central         locked\n");
    }

    @Test
    void usageErrorsExitWithTwoAndChangeNothing() {
        assertThat(run("", "users", "add", "--email", "alex@birmingham.example", "--name", "Alex", "--role",
                "submitter")).isEqualTo(new Run(2, "",
                "stocktake: users add: a submitter needs at least one --area from the register\n"));
        assertThat(run("", "users", "add", "--email", "alex@birmingham.example", "--name", "Alex", "--role",
                "submitter", "--area", "E09000001")).isEqualTo(new Run(2, "",
                "stocktake: users add: the register does not know area E09000001\n"));
        assertThat(run("", "users", "add", "--email", "casey@example.gov.uk", "--name", "Casey", "--role",
                "central", "--area", "E08000025")).isEqualTo(new Run(2, "",
                "stocktake: users add: only a submitter belongs to areas; a central user sees every area\n"));
        assertThat(run("", "users", "add", "--email", "not-an-email", "--name", "Casey", "--role",
                "central")).isEqualTo(new Run(2, "",
                "stocktake: users add: \"not-an-email\" is not an e-mail address\n"));
        assertThat(run("eleven char\n", "users", "add", "--email", "casey@example.gov.uk", "--name", "Casey",
                "--role", "central", "--password-stdin")).isEqualTo(new Run(2, "",
                "stocktake: users add: Password must be 12 characters or more\n"));
        Run badRole = run("", "users", "add", "--email", "casey@example.gov.uk", "--name", "Casey", "--role", "admin");
        assertThat(badRole.status()).isEqualTo(2);
        assertThat(badRole.err()).contains("'admin' is not a role: use submitter, central or steering");
        assertThat(run("", "users").status()).isEqualTo(2);
        assertThat(run("", "users", "add", "--email", "casey@example.gov.uk").status()).isEqualTo(2);
        assertThat(run("", "users", "--help").status()).isZero();
        assertThat(run("", "users", "add", "--help").out()).contains("--password-stdin", "--area=CODE");

        assertThat(run("", "users", "list").out()).startsWith("email  name  role  areas  state\nNo users yet");
    }

    @Test
    void aSecondUserWithTheSameEmailInAnyCaseAndAnUnknownUserExitWithOne() {
        run(PASSWORD, "users", "add", "--email", "casey@example.gov.uk", "--name", "Casey", "--role", "central",
                "--password-stdin");

        assertThat(run("", "users", "add", "--email", "CASEY@example.gov.uk", "--name", "Casey Two", "--role",
                "steering")).isEqualTo(new Run(1, "",
                "stocktake: users add: there is already a user with the e-mail casey@example.gov.uk\n"));
        assertThat(run("", "users", "disable", "--email", "nobody@example.gov.uk")).isEqualTo(new Run(1, "",
                "stocktake: users disable: no user has the e-mail nobody@example.gov.uk\n"));
    }
}
