package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;

/** {@code /audit}: the central team reads the audit table, newest first, 50 rows a page. */
@PortalTest
class AuditPageFunctionalTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    Audit audit;

    PortalClient central;

    @BeforeEach
    void signInAsCentral() {
        fixture.reset();
        // 120 events a minute apart, the first at 10:00 UK time (GMT in November)
        for (int i = 1; i <= 120; i++) {
            audit.record("user" + i + "@example.gov.uk", AuditAction.DOWNLOAD, "file " + i, "192.0.2." + i);
            fixture.mutableClock().advance(Duration.ofMinutes(1));
        }
        central = new PortalClient(port);
        central.signIn(PortalFixture.CENTRAL, PortalFixture.PASSWORD);
    }

    @Test
    void theFirstPageShowsTheNewestFiftyEventsWithWhoWhenWhatAndFromWhere() {
        Page first = central.get("/audit");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().select("main p.govuk-body").first().text())
                .startsWith("121 events, newest first");
        assertThat(first.html().select("thead th").eachText())
                .containsExactly("When (UK time)", "Who", "What", "From where");
        List<String> rows = first.html().select("tbody tr").eachText();
        assertThat(rows).hasSize(50);
        assertThat(rows.get(0)).isEqualTo("30 Nov 2012 12:00:00 " + PortalFixture.CENTRAL + " Signed in 127.0.0.1");
        assertThat(rows.get(1)).isEqualTo("30 Nov 2012 11:59:00 user120@example.gov.uk Downloaded: file 120 192.0.2.120");
        assertThat(rows.get(49)).isEqualTo("30 Nov 2012 11:11:00 user72@example.gov.uk Downloaded: file 72 192.0.2.72");
        assertThat(first.html().select(".govuk-pagination__item").eachText()).containsExactly("1", "2", "3");
        assertThat(first.html().select(".govuk-pagination__item--current a").attr("aria-current")).isEqualTo("page");
        assertThat(first.html().select(".govuk-pagination__prev")).isEmpty();
        assertThat(first.html().select(".govuk-pagination__next a").attr("href")).isEqualTo("/audit?page=2");
    }

    @Test
    void theLastPageHoldsTheOldestEvents() {
        Page last = central.get("/audit?page=3");

        List<String> rows = last.html().select("tbody tr").eachText();
        assertThat(rows).hasSize(21);
        assertThat(rows.get(20)).isEqualTo("30 Nov 2012 10:00:00 user1@example.gov.uk Downloaded: file 1 192.0.2.1");
        assertThat(last.html().select(".govuk-pagination__next")).isEmpty();
        assertThat(last.html().select(".govuk-pagination__prev a").attr("href")).isEqualTo("/audit?page=2");
        assertThat(central.get("/audit?page=99").html().select("tbody tr").eachText()).isEqualTo(rows);
    }

    @Test
    void onlyTheCentralTeamSeesTheAuditLinkInTheNavigation() {
        assertThat(central.get("/").html().select(".govuk-service-navigation__list a").eachText())
                .containsExactly("Home", "Upload a return", "Tracker", "Stocktake pack", "Audit log");
        PortalClient steering = PortalClient.signedIn(port, PortalFixture.STEERING, PortalFixture.PASSWORD);
        assertThat(steering.get("/").html().select(".govuk-service-navigation__list a").eachText())
                .containsExactly("Home", "Tracker", "Stocktake pack");
        PortalClient officer = PortalClient.signedIn(port, PortalFixture.SUBMITTER_A, PortalFixture.PASSWORD);
        assertThat(officer.get("/").html().select(".govuk-service-navigation__list a").eachText())
                .containsExactly("Home", "Upload a return");
    }
}
