package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.testing.PortalFixture.AREA_A;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.STEERING;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;
import static org.stocktake.testing.PortalFixture.SUBMITTER_B;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.Uploads;

/**
 * The home page's open actions (standard §11.2, {@code GET /}): a submitter sees where each of their areas' returns
 * stands for the period now due (2012-13 Q2, as of 30 November 2012) and the current one, with the next step; the
 * central team and the steering group see where the due period's returns stand.
 */
@PortalTest
class HomePageFunctionalTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    PortalClient officer;

    @BeforeEach
    void reset() {
        fixture.reset();
        Submissions.deleteAll(fixture.jdbc());
        officer = PortalClient.signedIn(port, SUBMITTER_A, PASSWORD);
    }

    @Test
    void aSubmitterIsToldWhatToDoNextForEachPeriod() {
        assertThat(returns(officer.get("/").html())).containsExactly(
                List.of("Birmingham", "2012-13 Q2", "Missing", "Download the template for 2012-13 Q2"),
                List.of("Birmingham", "2012-13 Q3 (current)", "Missing", "Download the template for 2012-13 Q3"));
        assertThat(officer.get("/").html().select("main td a").eachAttr("href"))
                .containsExactly("/templates/" + AREA_A + "/2012-13-Q2", "/templates/" + AREA_A + "/2012-13-Q3");

        long rejected = UploadFunctionalTests.submissionId(officer.upload("typo.xlsx",
                Uploads.xlsx(Uploads.areaA().fundingCell(0, 5, "12,5O0"))));
        assertThat(returns(officer.get("/").html()).get(0))
                .containsExactly("Birmingham", "2012-13 Q2", "Rejected", "See why it was rejected");
        assertThat(officer.get("/").html().select("main td a").first().attr("href"))
                .isEqualTo("/submissions/" + rejected);

        long counts = UploadFunctionalTests.submissionId(officer.upload("fixed.xlsx", Uploads.xlsx(Uploads.areaA())));
        assertThat(returns(officer.get("/").html()).get(0))
                .containsExactly("Birmingham", "2012-13 Q2", "Accepted", "See the return that counts");
        assertThat(officer.get("/").html().select("main td a").first().attr("href"))
                .isEqualTo("/submissions/" + counts);
    }

    @Test
    void theCentralTeamAndTheSteeringGroupSeeWhereTheDuePeriodsReturnsStand() {
        UploadFunctionalTests.submissionId(officer.upload("a.xlsx", Uploads.xlsx(Uploads.areaA())));

        for (String email : List.of(CENTRAL, STEERING)) {
            Document home = PortalClient.signedIn(port, email, PASSWORD).get("/").html();
            assertThat(home.select("main h2").eachText()).contains("Returns for 2012-13 Q2");
            assertThat(home.select("main h2:containsOwn(Returns for) + p").text()).isEqualTo(
                    "2 returns expected: 1 accepted, 0 accepted with warnings, 0 rejected, 1 missing.");
            assertThat(home.select("main table")).isEmpty();
        }
        // another area's officer sees nothing of area A's return
        assertThat(PortalClient.signedIn(port, SUBMITTER_B, PASSWORD).get("/").body()).doesNotContain("Birmingham");
    }

    private static List<List<String>> returns(Document home) {
        return home.select("main table tbody tr").stream().map(tr -> tr.select("td, th").eachText()).toList();
    }
}
