package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.SetPasswordLink;
import org.stocktake.users.UserState;
import org.stocktake.users.Users;

/**
 * The one-time set-password link that {@code users add} prints: it works once, for 7 days; a password of fewer than
 * 12 characters is refused with the GOV.UK error summary (and the link still works); only a hash of the token is
 * stored, and neither token nor password reaches the audit table.
 */
@PortalTest
class SetPasswordFunctionalTests {

    static final String NEW_USER = "robin.new@birmingham.example";
    static final String NEW_PASSWORD = "a long phrase to remember";

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Users users;

    PortalClient browser;
    SetPasswordLink link;

    @BeforeEach
    void addAUserWithoutAPassword() {
        fixture.reset();
        browser = new PortalClient(port);
        link = users.add(new NewUser(NEW_USER, "Robin New", Role.SUBMITTER, List.of(PortalFixture.AREA_A)), null,
                "test", Audit.COMMAND_LINE).link().orElseThrow();
    }

    @Test
    void theLinkIsThePortalAddressAndAnUnguessableTokenOfWhichOnlyTheHashIsKept() {
        assertThat(link.url()).isEqualTo("http://localhost:8080/set-password/" + link.token());
        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.expiresAt()).isEqualTo(PortalFixture.NOW.plus(Duration.ofDays(7)));
        assertThat(fixture.jdbc().sql("SELECT token_sha256 FROM set_password_token").query(String.class).single())
                .hasSize(64).isNotEqualTo(link.token());
        assertThat(users.find(NEW_USER).orElseThrow().state(PortalFixture.NOW)).isEqualTo(UserState.PASSWORD_NOT_SET);
    }

    @Test
    void aPasswordSetThroughTheLinkSignsInAndTheLinkThenNoLongerWorks() {
        // given
        Page form = browser.get(path());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("h1").text()).isEqualTo("Create a password");
        assertThat(form.html().select("main strong").text()).isEqualTo(NEW_USER);

        // when
        Page set = browser.submit(form, "main form", Map.of("password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        // then
        assertThat(set.status()).isEqualTo(303);
        assertThat(set.location()).isEqualTo("/login?password-set");
        assertThat(browser.get(set.location()).html().select(".govuk-notification-banner__heading").text())
                .isEqualTo("Your password is set: sign in with it");
        assertThat(browser.signIn(NEW_USER, NEW_PASSWORD).location()).isEqualTo("/");
        Page again = new PortalClient(port).get(path());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.html().select("h1").text()).isEqualTo("This link cannot be used");
        assertThat(browser.post(path(), Map.of("password", "another long phrase", "confirmPassword",
                "another long phrase", "_csrf", form.html().selectFirst("input[name=_csrf]").val())).status())
                .isIn(403, 404);
        assertThat(fixture.audit()).extracting(AuditEntry::action).containsExactly(AuditAction.SIGN_IN,
                AuditAction.PASSWORD_SET, AuditAction.SET_PASSWORD_LINK, AuditAction.USER_ADDED);
        assertThat(fixture.audit()).allSatisfy(e -> assertThat(e.detail() + e.actor() + e.source())
                .doesNotContain(link.token(), NEW_PASSWORD));
        assertThat(fixture.jdbc().sql("SELECT password_hash FROM portal_user WHERE email = ?").param(NEW_USER)
                .query(String.class).single()).startsWith("{bcrypt}$2a$10$").doesNotContain(NEW_PASSWORD);
    }

    @Test
    void aPasswordOfElevenCharactersIsRefusedWithTheErrorSummaryAndTheLinkStillWorks() {
        Page form = browser.get(path());

        Page refused = browser.submit(form, "main form", Map.of("password", "eleven char", "confirmPassword",
                "eleven char"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().title()).startsWith("Error: Create a password");
        assertThat(refused.html().select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
        assertThat(refused.html().select(".govuk-error-summary__list a").text())
                .isEqualTo("Password must be 12 characters or more");
        assertThat(refused.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#password");
        assertThat(refused.html().select("#password-error").text())
                .isEqualTo("Error: Password must be 12 characters or more");
        assertThat(refused.html().select("#password").attr("aria-describedby")).isEqualTo("password-hint password-error");
        assertThat(refused.html().select("#password").val()).isEmpty();
        assertThat(users.find(NEW_USER).orElseThrow().passwordSet()).isFalse();

        Page twelve = browser.submit(refused, "main form", Map.of("password", "twelve chars", "confirmPassword",
                "twelve chars"));
        assertThat(twelve.location()).isEqualTo("/login?password-set");
    }

    @Test
    void twoDifferentPasswordsAreRefused() {
        Page refused = browser.submit(browser.get(path()), "main form", Map.of("password", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD + "!"));

        assertThat(refused.html().select(".govuk-error-summary__list a").text())
                .isEqualTo("Enter the same password in both boxes");
        assertThat(refused.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#confirmPassword");
        assertThat(users.find(NEW_USER).orElseThrow().passwordSet()).isFalse();
    }

    @Test
    void theLinkExpiresAfterSevenDays() {
        fixture.mutableClock().advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(browser.get(path()).status()).isEqualTo(200);

        fixture.mutableClock().advance(Duration.ofSeconds(1));
        Page expired = browser.get(path());

        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.html().select("h1").text()).isEqualTo("This link cannot be used");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndDisablingTheUserEndsIt() {
        SetPasswordLink second = users.issueSetPasswordLink(NEW_USER, "test", Audit.COMMAND_LINE);

        assertThat(browser.get(path()).status()).isEqualTo(404);
        assertThat(browser.get("/set-password/" + second.token()).status()).isEqualTo(200);

        users.disable(NEW_USER, "test", Audit.COMMAND_LINE);
        assertThat(browser.get("/set-password/" + second.token()).status()).isEqualTo(404);
    }

    @Test
    void settingAPasswordWithoutTheCsrfTokenIsRefused() {
        browser.get(path());

        Page refused = browser.post(path(), Map.of("password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(users.find(NEW_USER).orElseThrow().passwordSet()).isFalse();
    }

    private String path() {
        return "/set-password/" + link.token();
    }
}
