package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.STEERING;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.audit.Audit;
import org.stocktake.standard.CodeList;
import org.stocktake.testing.Browser;
import org.stocktake.testing.PortalFixture;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.Uploads;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.Users;

/**
 * The portal in a real browser (Debian's Chromium): signing in, the home page of each role, the audit log, the error
 * pages and signing out, with JavaScript on and off; an upload through the file input to the submission's page, the
 * area's history, the tracker and the HTML pack. Every page visited passes axe-core's WCAG 2.0/2.1/2.2 A and AA
 * rules with no console error, and is saved as a screenshot under {@code target/screenshots/}.
 */
@Tag("browser")
@EnabledIf(value = "org.stocktake.testing.Browser#available",
        disabledReason = "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
                + " (apt-get install chromium chromium-driver; .ci/run does)")
@PortalTest
class PortalBrowserTests {

    static final String TWO_AREAS = "pat.two.areas@example.gov.uk";

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Users users;

    @TempDir
    Path work;

    @BeforeEach
    void reset() {
        fixture.reset();
        fixture.add(TWO_AREAS, "Pat Officer", Role.SUBMITTER, PortalFixture.AREA_A, PortalFixture.AREA_B);
    }

    @Test
    void theCentralTeamSignsInReadsTheAuditLogAndSignsOut() {
        try (Browser browser = Browser.start(port)) {
            // an anonymous visitor is sent to sign in
            browser.open("/").checkPage("login");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.find("body").getAttribute("class")).contains("govuk-frontend-supported");

            browser.type("#username", CENTRAL).type("#password", PASSWORD).click("form[action='/login'] button");
            assertThat(browser.path()).isEqualTo("/?continue");
            browser.checkPage("home-central");
            assertThat(browser.find("h1").getText()).isEqualTo("Casey Central");
            assertThat(texts(browser.findAll(".govuk-summary-list__row"))).containsExactly(
                    "Role Central team: every area, the tracker, the packs and the users",
                    "Current period 2012-13 Q3 (1 October 2012 to 31 December 2012)",
                    "Areas Every area in the register");
            assertThat(texts(browser.findAll(".govuk-service-navigation__item")))
                    .containsExactly("Home", "Upload a return", "Tracker", "Stocktake pack", "Audit log", "Casey Central",
                            "Sign out");

            browser.click(".govuk-service-navigation a[href='/audit']").checkPage("audit");
            assertThat(browser.find("h1").getText()).isEqualTo("Audit log");
            assertThat(browser.find("tbody tr").getText()).contains(CENTRAL, "Signed in")
                    .containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");

            browser.click(".stocktake-sign-out__button");
            assertThat(browser.path()).isEqualTo("/login?signed-out");
            browser.checkPage("signed-out");
            assertThat(browser.find(".govuk-notification-banner__heading").getText()).isEqualTo("You have signed out");
            browser.open("/audit");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void eachRoleSeesWhatItMayDoAndASubmitterTheirAreas() {
        try (Browser browser = Browser.start(port)) {
            browser.signIn(TWO_AREAS, PASSWORD).checkPage("home-submitter");
            assertThat(texts(browser.findAll(".govuk-summary-list__row"))).containsExactly(
                    "Role Submitter: you send your areas' returns",
                    "Current period 2012-13 Q3 (1 October 2012 to 31 December 2012)",
                    "Your areas\nBlackpool (E06000009)\nBirmingham (E08000025)");
            assertThat(texts(browser.findAll(".govuk-service-navigation__item")))
                    .containsExactly("Home", "Upload a return", "Pat Officer", "Sign out");
            browser.click(".stocktake-sign-out__button");

            browser.signIn(STEERING, PASSWORD).checkPage("home-steering");
            assertThat(texts(browser.findAll(".govuk-summary-list__row"))).containsExactly(
                    "Role Steering group: the tracker and the pack of every period",
                    "Current period 2012-13 Q3 (1 October 2012 to 31 December 2012)");
        }
    }

    @Test
    void errorsAreSummarisedAtTheTopAndFocused() {
        String token = users.add(new NewUser("robin@example.gov.uk", "Robin", Role.STEERING, List.of()), null, "test",
                Audit.COMMAND_LINE).link().orElseThrow().token();
        try (Browser browser = Browser.start(port)) {
            browser.signIn(CENTRAL, "not the password");
            assertThat(browser.path()).isEqualTo("/login?error");
            browser.checkPage("login-error");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                    .contains("govuk-error-summary");
            assertThat(browser.find("#username").getAttribute("value")).isEqualTo(CENTRAL);

            browser.open("/set-password/" + token).checkPage("set-password");
            browser.type("#password", "too short").type("#confirmPassword", "too short").click("main form button");
            browser.checkPage("set-password-error");
            assertThat(browser.find(".govuk-error-summary__list").getText())
                    .isEqualTo("Password must be 12 characters or more");
            browser.type("#password", "a phrase long enough").type("#confirmPassword", "a phrase long enough")
                    .click("main form button");
            assertThat(browser.path()).isEqualTo("/login?password-set");
            browser.checkPage("password-set");

            browser.open("/set-password/" + token).checkPage("link-invalid");
            assertThat(browser.find("h1").getText()).isEqualTo("This link cannot be used");

            browser.signIn("robin@example.gov.uk", "a phrase long enough");
            browser.open("/audit").checkPage("not-found");
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        }
    }

    @Test
    void everythingWorksWithJavaScriptOff() {
        try (Browser browser = Browser.start(port, false)) {
            browser.signIn(CENTRAL, PASSWORD);
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.find("body").getAttribute("class")).doesNotContain("govuk-frontend-supported");
            browser.screenshot("home-no-javascript");
            browser.click(".govuk-service-navigation a[href='/audit']");
            assertThat(browser.find("h1").getText()).isEqualTo("Audit log");
            browser.click(".stocktake-sign-out__button");
            assertThat(browser.path()).isEqualTo("/login?signed-out");
        }
    }

    @Test
    void anOfficerUploadsAReturnAndTheSteeringGroupReadsTheTrackerAndThePack() throws Exception {
        // given: area A's return for 2012-13 Q2 with a Local line funded from Central (FUND-SOURCE, a warning)
        Submissions.deleteAll(fixture.jdbc());
        Path file = work.resolve("birmingham-2012-13-Q2.xlsx");
        Files.write(file, Uploads.xlsx(Uploads.areaA().fundingCell(0, 2, CodeList.CENTRAL)));

        try (Browser browser = Browser.start(port)) {
            // when: the officer uploads it through the form's file input
            browser.signIn(SUBMITTER_A, PASSWORD);
            browser.open("/submissions/new").checkPage("upload");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.click("main form button");

            // then: the submission's page, at once
            assertThat(browser.path()).matches("/submissions/\\d+");
            browser.checkPage("submission");
            assertThat(browser.find("h1").getText()).isEqualTo("birmingham-2012-13-Q2.xlsx");
            assertThat(browser.find("main .govuk-tag").getText()).isEqualTo("Accepted with warnings");
            assertThat(texts(browser.findAll("main caption"))).containsExactly("FUND-SOURCE: 1 warning");
            assertThat(texts(browser.findAll("main ul.govuk-list a"))).containsExactly("Feedback (CSV)",
                    "Your workbook with the problems marked (Excel)", "The file as received");
            String submission = browser.path();

            // the area's history lists it as the return that counts
            browser.open("/areas/" + PortalFixture.AREA_A).checkPage("area-history");
            assertThat(browser.find("main table a[href='" + submission + "']").getText())
                    .isEqualTo("birmingham-2012-13-Q2.xlsx");
            browser.click(".stocktake-sign-out__button");

            // when: the steering group opens the tracker and the HTML pack
            browser.signIn(STEERING, PASSWORD);
            browser.open("/periods/2012-13-Q2").checkPage("tracker");
            assertThat(browser.find("h1").getText()).isEqualTo("2012-13 Q2");
            assertThat(browser.find("main").getText()).contains("Birmingham", "Accepted with warnings");
            browser.click("main a[href='/periods/2012-13-Q2/pack']").checkPage("pack");
            assertThat(browser.findAll("main svg[role='img'] title")).isNotEmpty();
            assertThat(browser.find("main").getText()).contains("Birmingham");
        }
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
