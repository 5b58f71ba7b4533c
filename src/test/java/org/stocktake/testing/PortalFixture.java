package org.stocktake.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditEntry;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.storage.AuditStore;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.NewUser;
import org.stocktake.users.PortalUser;
import org.stocktake.users.Role;
import org.stocktake.users.User;
import org.stocktake.users.Users;

/**
 * The portal tests' world: a register of two areas (A and B), one user of each kind, a clock set to 30 November 2012
 * (so the current period is 2012-13 Q3), and helpers to read the audit table.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalFixture {

    public static final String AREA_A = "E08000025";
    public static final String AREA_A_NAME = "Birmingham";
    public static final String AREA_B = "E06000009";
    public static final String AREA_B_NAME = "Blackpool";
    public static final String PASSWORD = "correct horse battery staple";
    public static final Instant NOW = Instant.parse("2012-11-30T10:00:00Z");

    public static final String SUBMITTER_A = "alex.submitter@birmingham.example";
    public static final String SUBMITTER_B = "blake.submitter@blackpool.example";
    public static final String CENTRAL = "casey.central@example.gov.uk";
    public static final String STEERING = "sam.steering@example.gov.uk";

    private final MutableClock clock = new MutableClock(NOW);

    @Bean
    @Primary
    MutableClock testClock() {
        return clock;
    }

    /**
     * A route that loads an area's data the way phase-2 pages will: through {@link AreaAccess}, so a user who may not
     * see the area gets the portal's one 404. (A member class of this configuration, so registered with it.)
     */
    @RestController
    static class AreaProbe {

        private final AreaAccess access;
        private final ReferenceStore reference;

        AreaProbe(AreaAccess access, ReferenceStore reference) {
            this.access = access;
            this.reference = reference;
        }

        @GetMapping("/testing/areas/{code}")
        String area(@PathVariable String code) {
            String visible = access.require(code);
            return visible + " " + reference.register().areaName(visible).orElseThrow();
        }
    }

    @Bean
    Fixture portalFixture(Users users, ReferenceStore reference, JdbcClient jdbc, AuditStore audit) {
        return new Fixture(users, reference, jdbc, audit, clock);
    }

    /** What tests call: reset the world, add users, read the audit table. */
    public static final class Fixture {

        private final Users users;
        private final ReferenceStore reference;
        private final JdbcClient jdbc;
        private final AuditStore audit;
        private final MutableClock clock;

        Fixture(Users users, ReferenceStore reference, JdbcClient jdbc, AuditStore audit, MutableClock clock) {
            this.users = users;
            this.reference = reference;
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }

        /** No sessions, audit rows or users but one of each kind; the register of A and B; the clock at NOW. */
        public Fixture reset() {
            clock.set(NOW);
            for (String table : List.of("SPRING_SESSION_ATTRIBUTES", "SPRING_SESSION", "audit_event",
                    "set_password_token", "portal_user_area", "portal_user")) {
                jdbc.sql("DELETE FROM " + table).update();
            }
            reference.replaceRegister(new Register(List.of(
                    new RegisterEntry(AREA_A, AREA_A_NAME, "Families with multiple problems", Period.of("2011-12 Q1"),
                            null),
                    new RegisterEntry(AREA_B, AREA_B_NAME, "Families with multiple problems", Period.of("2011-12 Q1"),
                            null))), "portal-tests");
            add(SUBMITTER_A, "Alex Submitter", Role.SUBMITTER, AREA_A);
            add(SUBMITTER_B, "Blake Submitter", Role.SUBMITTER, AREA_B);
            add(CENTRAL, "Casey Central", Role.CENTRAL);
            add(STEERING, "Sam Steering", Role.STEERING);
            jdbc.sql("DELETE FROM audit_event").update();
            return this;
        }

        /** Adds a user with {@link #PASSWORD}. */
        public User add(String email, String name, Role role, String... areas) {
            return users.add(new NewUser(email, name, role, List.of(areas)), PASSWORD, "test", Audit.COMMAND_LINE)
                    .user();
        }

        public User user(String email) {
            return users.find(email).orElseThrow();
        }

        /** The principal a signed-in session holds, for MockMvc's {@code user(...)}. */
        public PortalUser signedIn(String email) {
            return PortalUser.signedIn(user(email));
        }

        /** Every audit row, newest first. */
        public List<AuditEntry> audit() {
            return audit.page(0, 10_000);
        }

        public Clock clock() {
            return clock;
        }

        public MutableClock mutableClock() {
            return clock;
        }

        public JdbcClient jdbc() {
            return jdbc;
        }
    }
}
