package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.users.UserState;
import org.stocktake.users.Users;


/**
 * Signing in and out of the running portal over HTTP, as a browser without JavaScript does: the session id changes,
 * five failures in a row lock the account for 15 minutes, a disabled user's session ends, state changes need the
 * CSRF token, the cookie and headers are as the security design says, and every attempt is audited.
 */
@PortalTest
class SignInFunctionalTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Users users;

    @Autowired
    MockMvc mvc;

    PortalClient browser;

    @BeforeEach
    void reset() {
        fixture.reset();
        browser = new PortalClient(port);
    }

    @Test
    void signingInWithTheEmailInAnyCaseGivesANewSessionIdAndTheHomePage() {
        // given
        assertThat(browser.get("/").location()).isEqualTo("/login");
        String before = browser.cookie("SESSION").orElseThrow();

        // when
        Page answer = browser.signIn("  " + SUBMITTER_A.toUpperCase() + " ", PASSWORD);

        // then
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/?continue");
        assertThat(browser.cookie("SESSION").orElseThrow()).isNotEqualTo(before);
        Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select("h1").text()).isEqualTo("Alex Submitter");
        assertThat(audit()).containsExactly(tuple(SUBMITTER_A, AuditAction.SIGN_IN, "", "127.0.0.1"));
    }

    @Test
    void aPageAskedForBeforeSigningInIsShownAfterIt() {
        assertThat(browser.get("/audit").location()).isEqualTo("/login");

        assertThat(browser.signIn(CENTRAL, PASSWORD).location()).isEqualTo("/audit?continue");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailReadTheSameAndTheEmailTypedStaysInTheForm() {
        // when
        Page wrong = browser.signIn(SUBMITTER_A, "not the password at all");
        Page wrongPage = browser.get(wrong.location());
        Page unknown = browser.signIn("nobody@example.gov.uk", PASSWORD);
        Page unknownPage = browser.get(unknown.location());

        // then
        assertThat(wrong.location()).isEqualTo("/login?error");
        assertThat(unknown.location()).isEqualTo("/login?error");
        for (Page page : List.of(wrongPage, unknownPage)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().title()).isEqualTo("Error: Sign in – Submit a stocktake return – GOV.UK");
            assertThat(page.html().select(".govuk-error-summary__list a").text())
                    .isEqualTo("Enter the email address and password of your account");
            assertThat(page.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#username");
            assertThat(page.html().select("#username-error").text())
                    .isEqualTo("Error: Enter the email address and password of your account");
        }
        assertThat(wrongPage.html().select("#username").val()).isEqualTo(SUBMITTER_A);
        assertThat(unknownPage.html().select("#username").val()).isEqualTo("nobody@example.gov.uk");
        assertThat(audit()).containsExactly(
                tuple(Audit.UNKNOWN_USER, AuditAction.SIGN_IN_FAILED, "no user has that e-mail", "127.0.0.1"),
                tuple(SUBMITTER_A, AuditAction.SIGN_IN_FAILED, "wrong password (1 in a row)", "127.0.0.1"));
        assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%not the password%'"
                + " OR actor LIKE 'nobody%'").query(Long.class).single()).isZero();
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
        // given: four failures, the fifth locks
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.signIn(SUBMITTER_A, "wrong password " + i).location()).isEqualTo("/login?error");
        }
        assertThat(users.find(SUBMITTER_A).orElseThrow().state(fixture.clock().instant())).isEqualTo(UserState.ACTIVE);
        assertThat(browser.signIn(SUBMITTER_A, "wrong password 5").location()).isEqualTo("/login?error");
        assertThat(users.find(SUBMITTER_A).orElseThrow().state(fixture.clock().instant())).isEqualTo(UserState.LOCKED);

        // when: the right password, while locked and once the lock has run out
        Page whileLocked = browser.signIn(SUBMITTER_A, PASSWORD);
        fixture.mutableClock().advance(Duration.ofMinutes(15).minusSeconds(1));
        Page oneSecondBefore = browser.signIn(SUBMITTER_A, PASSWORD);
        fixture.mutableClock().advance(Duration.ofSeconds(1));
        Page after = browser.signIn(SUBMITTER_A, PASSWORD);

        // then
        assertThat(whileLocked.location()).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").html().select(".govuk-error-summary__list a").text())
                .isEqualTo("Your account is locked after 5 failed sign-ins in a row. Try again in 15 minutes.");
        assertThat(oneSecondBefore.location()).isEqualTo("/login?locked");
        assertThat(after.location()).isEqualTo("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(users.find(SUBMITTER_A).orElseThrow().failedSignIns()).isZero();
        assertThat(audit()).extracting(t -> t.toList().get(1) + ": " + t.toList().get(2)).containsExactly(
                "SIGN_IN: ",
                "SIGN_IN_FAILED: account locked",
                "SIGN_IN_FAILED: account locked",
                "ACCOUNT_LOCKED: 5 failed sign-ins in a row: locked for 15 minutes",
                "SIGN_IN_FAILED: wrong password (5 in a row)",
                "SIGN_IN_FAILED: wrong password (4 in a row)",
                "SIGN_IN_FAILED: wrong password (3 in a row)",
                "SIGN_IN_FAILED: wrong password (2 in a row)",
                "SIGN_IN_FAILED: wrong password (1 in a row)");
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfFailuresAgain() {
        for (int i = 1; i <= 4; i++) {
            browser.signIn(SUBMITTER_A, "wrong password " + i);
        }
        assertThat(browser.signIn(SUBMITTER_A, PASSWORD).location()).isEqualTo("/");
        PortalClient other = new PortalClient(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(other.signIn(SUBMITTER_A, "wrong password " + i).location()).isEqualTo("/login?error");
        }

        assertThat(users.find(SUBMITTER_A).orElseThrow().state(fixture.clock().instant())).isEqualTo(UserState.ACTIVE);
        assertThat(users.find(SUBMITTER_A).orElseThrow().failedSignIns()).isEqualTo(4);
    }

    @Test
    void disablingAUserEndsTheirSessionsAndTheyCannotSignInAgain() {
        // given: signed in twice (two browsers)
        PortalClient second = new PortalClient(port);
        browser.signIn(SUBMITTER_A, PASSWORD);
        second.signIn(SUBMITTER_A, PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(sessionsOf(SUBMITTER_A)).isEqualTo(2);

        // when
        assertThat(users.disable(SUBMITTER_A, "test", Audit.COMMAND_LINE)).isTrue();

        // then
        assertThat(sessionsOf(SUBMITTER_A)).isZero();
        assertThat(browser.get("/").location()).isEqualTo("/login");
        assertThat(second.get("/").location()).isEqualTo("/login");
        assertThat(browser.signIn(SUBMITTER_A, PASSWORD).location()).isEqualTo("/login?error");
        assertThat(users.disable(SUBMITTER_A, "test", Audit.COMMAND_LINE)).isFalse();
        assertThat(audit().get(0)).isEqualTo(tuple(SUBMITTER_A, AuditAction.SIGN_IN_FAILED, "account disabled",
                "127.0.0.1"));
        assertThat(audit().get(1)).isEqualTo(tuple("test", AuditAction.USER_DISABLED, SUBMITTER_A, "command line"));
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheSession() {
        // given
        browser.signIn(CENTRAL, PASSWORD);
        Page home = browser.get("/");

        // when: without the token, then with the page's form
        Page refused = browser.post("/logout", Map.of());
        Page stillIn = browser.get("/");
        Page signedOut = browser.submit(home, "form.stocktake-sign-out", Map.of());

        // then
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().select("h1").text()).isEqualTo("Your form could not be sent");
        assertThat(stillIn.status()).isEqualTo(200);
        assertThat(signedOut.location()).isEqualTo("/login?signed-out");
        assertThat(browser.get("/login?signed-out").html().select(".govuk-notification-banner__heading").text())
                .isEqualTo("You have signed out");
        assertThat(browser.get("/").location()).isEqualTo("/login");
        assertThat(sessionsOf(CENTRAL)).isZero();
        assertThat(audit().get(0)).isEqualTo(tuple(CENTRAL, AuditAction.SIGN_OUT, "", "127.0.0.1"));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        browser.get("/login");

        Page refused = browser.post("/login", Map.of("username", SUBMITTER_A, "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.get("/").location()).isEqualTo("/login");
        assertThat(audit()).isEmpty();
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndAnHttpOnlySameSiteCookieNotSecureOverHttp() {
        Page login = browser.get("/login");

        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'; script-src 'self';"
                + " style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.header("X-Frame-Options")).contains("DENY");
        assertThat(login.header("Referrer-Policy")).contains("same-origin");
        String cookie = login.header("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("SESSION=").contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(login.html().select("script").eachAttr("src"))
                .containsExactly("/static/js/govuk-frontend-supported.js", "/static/js/stocktake.js");
        assertThat(login.html().select("script:not([src])")).isEmpty();
        assertThat(login.html().select("style, [style]")).isEmpty();
    }

    @Test
    void theCookieIsSecureWhenTheRequestCameOverHttps() throws Exception {
        String cookie = mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Set-Cookie");

        assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @Test
    void theAuditRecordsTheRemoteAddressAndIgnoresXForwardedForUnlessConfigured() {
        Page login = browser.get("/login");

        browser.post("/login", Map.of("username", SUBMITTER_A, "password", PASSWORD, "_csrf",
                login.html().selectFirst("input[name=_csrf]").val()), Map.of("X-Forwarded-For", "203.0.113.9"));

        assertThat(audit()).containsExactly(tuple(SUBMITTER_A, AuditAction.SIGN_IN, "", "127.0.0.1"));
    }

    @Test
    void healthShowsItsDetailsToTheCentralTeamOnly() {
        PortalClient submitter = new PortalClient(port);
        submitter.signIn(SUBMITTER_A, PASSWORD);
        browser.signIn(CENTRAL, PASSWORD);

        assertThat(new PortalClient(port).get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(submitter.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(browser.get("/actuator/health").body()).startsWith("{\"components\":")
                .contains("\"db\":{\"details\":{\"database\":");
    }

    private List<org.assertj.core.groups.Tuple> audit() {
        return fixture.audit().stream()
                .map((AuditEntry e) -> tuple(e.actor(), e.action(), e.detail(), e.source())).toList();
    }

    private long sessionsOf(String email) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?").param(email)
                .query(Long.class).single();
    }
}
