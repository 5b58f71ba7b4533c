package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.testing.PortalFixture.AREA_A;
import static org.stocktake.testing.PortalFixture.AREA_A_NAME;
import static org.stocktake.testing.PortalFixture.AREA_B;
import static org.stocktake.testing.PortalFixture.AREA_B_NAME;

import java.util.ArrayList;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.audit.Audit;
import org.stocktake.standard.CodeList;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.Uploads;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.Users;

/**
 * Every route of the portal × every kind of user → the exact status (standard §11.2). Anonymous users are sent to
 * {@code /login}; a signed-in user refused a route gets 404, as if it did not exist, from a page that names nothing.
 * Over real HTTP with real sessions: each kind of user signs in through the form once. Phase 2 adds its routes as rows.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorizationTests {

    /** The kinds of user: anonymous, a submitter of area A, a submitter of area B, central, steering. */
    enum Who {
        ANONYMOUS(null), SUBMITTER_A(PortalFixture.SUBMITTER_A), SUBMITTER_B(PortalFixture.SUBMITTER_B),
        CENTRAL(PortalFixture.CENTRAL), STEERING(PortalFixture.STEERING);

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    static final String LOGIN = "302 /login";
    static final String STYLESHEET = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";

    /**
     * method, path, then the answer for anonymous, submitter A, submitter B, central, steering. {token} is a valid
     * set-password link of this test; {area A} and {area B} are the register's two areas; {sub A} and {sub B} are
     * submissions of theirs (accepted with a warning, so every download exists), {sub Q} a quarantined return of area
     * A (no original kept), {upload A} submitter A's upload of {sub U}.
     */
    static Stream<Arguments> routes() {
        return table(
                row("GET", "/", LOGIN, "200", "200", "200", "200"),
                row("GET", "/login", "200", "200", "200", "200", "200"),
                row("POST", "/login", "302 /login?error", "302 /login?error", "302 /login?error",
                        "302 /login?error", "302 /login?error"),
                row("POST", "/logout", "302 /login?signed-out", "302 /login?signed-out", "302 /login?signed-out",
                        "302 /login?signed-out", "302 /login?signed-out"),
                row("GET", "/logout", LOGIN, "404", "404", "404", "404"),
                row("GET", "/audit", LOGIN, "404", "404", "200", "404"),
                row("GET", "/audit?page=2", LOGIN, "404", "404", "200", "404"),
                row("GET", "/set-password/{token}", "200", "200", "200", "200", "200"),
                row("POST", "/set-password/{token}", "200", "200", "200", "200", "200"),
                row("GET", "/set-password/not-a-token", "404", "404", "404", "404", "404"),
                row("GET", "/actuator/health", "200", "200", "200", "200", "200"),
                row("GET", "/actuator/env", LOGIN, "404", "404", "404", "404"),
                row("GET", "/actuator", LOGIN, "404", "404", "404", "404"),
                row("GET", STYLESHEET, "200", "200", "200", "200", "200"),
                row("GET", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "200", "200", "200", "200",
                        "200"),
                row("GET", "/assets/fonts/bold-b542beb274-v2.woff2", "200", "200", "200", "200", "200"),
                row("GET", "/assets/rebrand/images/favicon.svg", "200", "200", "200", "200", "200"),
                row("GET", "/static/js/govuk-frontend-supported.js", "200", "200", "200", "200", "200"),
                row("GET", "/static/js/stocktake.js", "200", "200", "200", "200", "200"),
                row("GET", "/static/css/stocktake.css", "200", "200", "200", "200", "200"),
                row("GET", "/assets/no-such-file.png", "404", "404", "404", "404", "404"),
                row("GET", "/no-such-page", LOGIN, "404", "404", "404", "404"),
                row("GET", "/error", "500", "500", "500", "500", "500"),
                // an area's data, loaded through AreaAccess (phase 2: submissions, history, templates, downloads)
                row("GET", "/testing/areas/{area A}", LOGIN, "200", "404", "200", "404"),
                row("GET", "/testing/areas/{area B}", LOGIN, "404", "200", "200", "404"),
                row("GET", "/testing/areas/E09000001", LOGIN, "404", "404", "500", "404"),
                // uploading and reading submissions: the area's submitters and the central team (PortalData)
                row("GET", "/submissions/new", LOGIN, "200", "200", "200", "404"),
                row("POST", "/submissions", LOGIN, "400", "400", "400", "404"),
                row("GET", "/submissions/{sub A}", LOGIN, "200", "404", "200", "404"),
                row("GET", "/submissions/{sub B}", LOGIN, "404", "200", "200", "404"),
                row("GET", "/submissions/{sub A}/feedback.csv", LOGIN, "200", "404", "200", "404"),
                row("GET", "/submissions/{sub B}/feedback.csv", LOGIN, "404", "200", "200", "404"),
                row("GET", "/submissions/{sub A}/feedback.xlsx", LOGIN, "200", "404", "200", "404"),
                row("GET", "/submissions/{sub B}/feedback.xlsx", LOGIN, "404", "200", "200", "404"),
                row("GET", "/submissions/{sub A}/original", LOGIN, "200", "404", "200", "404"),
                row("GET", "/submissions/{sub B}/original", LOGIN, "404", "200", "200", "404"),
                row("GET", "/submissions/{sub Q}", LOGIN, "200", "404", "200", "404"),
                row("GET", "/submissions/{sub Q}/original", LOGIN, "404", "404", "404", "404"),
                row("GET", "/submissions/{sub Q}/feedback.xlsx", LOGIN, "404", "404", "404", "404"),
                row("GET", "/submissions/999999999", LOGIN, "404", "404", "404", "404"),
                row("GET", "/submissions/999999999/original", LOGIN, "404", "404", "404", "404"),
                row("GET", "/submissions/not-a-number", LOGIN, "404", "404", "404", "404"),
                row("GET", "/uploads/{upload A}", LOGIN, "303 /submissions/{sub U}", "404", "303 /submissions/{sub U}",
                        "404"),
                row("GET", "/uploads/{upload A}/status", LOGIN, "200", "404", "200", "404"),
                row("GET", "/uploads/00000000-0000-0000-0000-000000000000", LOGIN, "404", "404", "404", "404"),
                row("GET", "/areas/{area A}", LOGIN, "200", "404", "200", "404"),
                row("GET", "/areas/{area B}", LOGIN, "404", "200", "200", "404"),
                row("GET", "/areas/E09000001", LOGIN, "404", "404", "404", "404"),
                row("GET", "/templates/{area A}/2012-13-Q2", LOGIN, "200", "404", "200", "404"),
                row("GET", "/templates/{area B}/2012-13-Q3", LOGIN, "404", "200", "200", "404"),
                row("GET", "/templates/{area A}/2010-11-Q4", LOGIN, "404", "404", "404", "404"),
                row("GET", "/templates/E09000001/2012-13-Q2", LOGIN, "404", "404", "404", "404"),
                row("GET", "/templates/{area A}/not-a-period", LOGIN, "404", "404", "404", "404"),
                // the tracker and the packs: the central team and the steering group
                row("GET", "/periods/2012-13-Q2", LOGIN, "404", "404", "200", "200"),
                row("GET", "/periods/2012-13-Q2/pack", LOGIN, "404", "404", "200", "200"),
                row("GET", "/periods/2012-13-Q2/pack.pdf", LOGIN, "404", "404", "200", "200"),
                row("GET", "/periods/2013-14-Q1", LOGIN, "404", "404", "404", "404"),
                row("GET", "/periods/2013-14-Q1/pack.pdf", LOGIN, "404", "404", "404", "404"),
                row("GET", "/periods/not-a-period", LOGIN, "404", "404", "404", "404"));
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Users users;

    @Autowired
    UploadImports imports;

    String token;
    final Map<String, String> placeholders = new HashMap<>();
    final Map<Who, PortalClient> signedIn = new EnumMap<>(Who.class);

    /** Once for the table: the users, a set-password link, and one signed-in session per kind of user. */
    @BeforeAll
    void signInEveryKindOfUser() throws InterruptedException {
        fixture.reset();
        token = users.add(new NewUser("new.user@example.gov.uk", "New User", Role.STEERING, List.of()), null, "test",
                Audit.COMMAND_LINE).link().orElseThrow().token();
        for (Who who : Who.values()) {
            signedIn.put(who, client(who));
        }
        Submissions.deleteAll(fixture.jdbc());
        PortalClient officerA = signedIn.get(Who.SUBMITTER_A);
        PortalClient officerB = signedIn.get(Who.SUBMITTER_B);
        placeholders.put("{token}", token);
        placeholders.put("{area A}", AREA_A);
        placeholders.put("{area B}", AREA_B);
        placeholders.put("{sub A}", submission(officerA.upload("a.xlsx", Uploads.xlsx(withWarning(Uploads.areaA())))));
        placeholders.put("{sub B}", submission(officerB.upload("b.xlsx", Uploads.xlsx(withWarning(Uploads.areaB())))));
        placeholders.put("{sub Q}", submission(officerA.upload("q.xlsx", Uploads.xlsx(Uploads.withPersonalData()))));
        imports.waitAtMost(Duration.ZERO);
        try {
            String progress = officerA.upload("u.xlsx", Uploads.xlsx(Uploads.areaA().fundingCell(1, 1, "IOM")))
                    .location();
            placeholders.put("{upload A}", progress.substring("/uploads/".length()));
            placeholders.put("{sub U}", String.valueOf(finishedUpload(placeholders.get("{upload A}"))));
        } finally {
            imports.waitAtMost(Duration.ofSeconds(60));
        }
        // the audit rows of these uploads are not what the table is about
        fixture.jdbc().sql("DELETE FROM audit_event").update();
    }

    /** The submission of an upload, once its import has finished. */
    private long finishedUpload(String id) throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            Long submission = fixture.jdbc().sql("SELECT submission_id FROM upload_job WHERE id = ? AND outcome IS NOT NULL")
                    .param(id).query(Long.class).optional().orElse(null);
            if (submission != null) {
                return submission;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload " + id + " not finished within 60 s");
    }

    /** A Local partner's line with source Central: FUND-SOURCE, a warning, so the return counts and has a copy. */
    private static ReturnFixture withWarning(ReturnFixture fixture) {
        return fixture.fundingCell(0, 2, CodeList.CENTRAL);
    }

    private static String submission(Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        return answer.location().substring("/submissions/".length());
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            resolved = resolved.replace(p.getKey(), p.getValue());
        }
        return resolved;
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("routes")
    void routeAnswersEachKindOfUserWithTheExactStatus(String method, String path, Who who, String expected) {
        String url = resolve(path);

        Page page;
        if (method.equals("GET")) {
            page = signedIn.get(who).get(url);
        } else {
            // a state change with the page's CSRF token, in a session of its own (it may sign the user out)
            PortalClient client = client(who);
            page = client.post(url, Map.of("_csrf", csrfToken(client)));
        }

        assertThat(answer(page)).isEqualTo(resolve(expected));
        if (page.status() == 404) {
            assertThat(page.body()).as("a 404 names nothing")
                    .doesNotContain(AREA_A, AREA_B, AREA_A_NAME, AREA_B_NAME, "E09000001", "not-a-token");
        }
    }

    private PortalClient client(Who who) {
        PortalClient client = new PortalClient(port);
        if (who.email != null) {
            assertThat(client.signIn(who.email, PortalFixture.PASSWORD).location()).isEqualTo("/");
        }
        return client;
    }

    private static String csrfToken(PortalClient client) {
        return client.get("/login").html().selectFirst("form[action=/login] input[name=_csrf]").attr("value");
    }

    private static String answer(Page page) {
        return page.header("Location").isPresent() ? page.status() + " " + page.location()
                : String.valueOf(page.status());
    }

    private static String[] row(String method, String path, String... answers) {
        String[] row = new String[2 + answers.length];
        row[0] = method;
        row[1] = path;
        System.arraycopy(answers, 0, row, 2, answers.length);
        return row;
    }

    private static Stream<Arguments> table(String[]... rows) {
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : rows) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(row[0], row[1], who, row[2 + who.ordinal()]));
            }
        }
        return cases.stream();
    }
}
