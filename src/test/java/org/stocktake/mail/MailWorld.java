package org.stocktake.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stocktake.audit.Audit;
import org.stocktake.intake.ReferenceLoader;
import org.stocktake.testing.MutableClock;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestMailServer;
import org.stocktake.testing.TestReference;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.User;
import org.stocktake.users.Users;

/**
 * The world of the mail tests, one application context for all of them: an in-memory H2 database (PostgreSQL in the
 * {@code Postgres*} subclasses), mail configured to go to {@link TestMailServer} (GreenMail on a free port), the
 * links starting {@value #PORTAL}, a {@link MutableClock}; the test register (Birmingham, Essex, Blackpool) and a
 * user of each kind.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:mail-tests;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1", "stocktake.mail.from=" + MailWorld.FROM, "stocktake.portal.url=" + MailWorld.PORTAL})
@Import(MailTestClock.class)
abstract class MailWorld {

    static final String FROM = "stocktake@example.gov.uk";
    static final String PORTAL = "https://stocktake.example.gov.uk";
    static final String BIRMINGHAM = "E08000025";
    static final String ESSEX = "E10000012";
    static final String BLACKPOOL = "E06000009";
    static final String ALEX = "alex.submitter@birmingham.example";
    static final String PAT = "pat.officer@birmingham.example";
    static final String DANA = "dana.disabled@birmingham.example";
    static final String BLAKE = "blake.submitter@blackpool.example";
    static final String CASEY = "casey.central@example.gov.uk";
    static final String SAM = "sam.steering@example.gov.uk";
    static final String PASSWORD = "correct horse battery staple";
    static final Instant NOW = Instant.parse("2012-11-30T10:00:00Z");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    ReferenceLoader referenceLoader;

    @Autowired
    MutableClock clock;

    @TempDir
    Path work;

    /** An empty outbox, database and mailbox; the test register; the users every test expects. */
    @BeforeEach
    void resetWorld() {
        clock.set(NOW);
        for (String table : List.of("outbox_recipient", "outbox_attachment", "outbox_message", "audit_event",
                "set_password_token", "portal_user_area", "portal_user", "finding", "reference_load")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        Submissions.deleteAll(jdbc);
        referenceLoader.load(TestReference.write(work.resolve("reference")));
        TestMailServer.start();
        TestMailServer.purge();
        add(ALEX, "Alex Submitter", Role.SUBMITTER, BIRMINGHAM);
        add(PAT, "Pat Officer", Role.SUBMITTER, BIRMINGHAM, ESSEX);
        add(DANA, "Dana Gone", Role.SUBMITTER, BIRMINGHAM);
        users.disable(DANA, "test", Audit.COMMAND_LINE);
        add(BLAKE, "Blake Submitter", Role.SUBMITTER, BLACKPOOL);
        add(CASEY, "Casey Central", Role.CENTRAL);
        add(SAM, "Sam Steering", Role.STEERING);
    }

    User add(String email, String name, Role role, String... areas) {
        return users.add(new NewUser(email, name, role, List.of(areas)), PASSWORD, "test", Audit.COMMAND_LINE).user();
    }

    /** Each recipient row of the messages whose keys start with the prefix: address and state. */
    List<String> outcomes(String keyPrefix) {
        return jdbc.sql("SELECT r.address, r.state FROM outbox_recipient r JOIN outbox_message m ON m.id = r.message_id"
                        + " WHERE m.message_key LIKE ? ORDER BY r.id")
                .param(keyPrefix + "%").query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
    }
}
