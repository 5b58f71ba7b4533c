package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.testing.PortalFixture.AREA_A;
import static org.stocktake.testing.PortalFixture.AREA_B;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.STEERING;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;
import static org.stocktake.testing.PortalFixture.SUBMITTER_B;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.standard.CodeList;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.Uploads;

/**
 * The tracker and the two editions of the pack (standard §11.2): the tracker says what {@code status} says, with links
 * to areas and submissions for the central team only; the PDF is rendered once and served again while the data has
 * not changed; the HTML pack shows the same content as the PDF, its charts as SVG images with a title and their
 * figures in a table.
 */
@PortalTest
class PeriodPagesFunctionalTests {

    static final String PERIOD = "/periods/2012-13-Q2";

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    long withWarnings;
    long accepted;

    @BeforeEach
    void givenAreaAWithAWarningAndAreaBAccepted() {
        fixture.reset();
        Submissions.deleteAll(fixture.jdbc());
        withWarnings = UploadFunctionalTests.submissionId(signedIn(SUBMITTER_A).upload("a.xlsx",
                Uploads.xlsx(Uploads.areaA().fundingCell(0, 2, CodeList.CENTRAL))));
        accepted = UploadFunctionalTests.submissionId(signedIn(SUBMITTER_B).upload("b.xlsx",
                Uploads.xlsx(Uploads.areaB())));
    }

    @Test
    void theTrackerCountsEachStatusAndLinksAreasAndSubmissionsForTheCentralTeamOnly() {
        Document central = signedIn(CENTRAL).get(PERIOD).html();
        Document steering = signedIn(STEERING).get(PERIOD).html();

        assertThat(central.select("main .govuk-body-l").text())
                .isEqualTo("Expected 2: accepted 1, with warnings 1, rejected 0, missing 0.");
        assertThat(steering.select("main .govuk-body-l").text()).isEqualTo(central.select("main .govuk-body-l").text());
        assertThat(central.select("main a[href^=/areas/]").eachAttr("href"))
                .containsExactlyInAnyOrder("/areas/" + AREA_A, "/areas/" + AREA_B);
        assertThat(central.select("main a[href^=/submissions/]").eachAttr("href"))
                .containsExactlyInAnyOrder("/submissions/" + withWarnings, "/submissions/" + accepted);
        assertThat(steering.select("main a[href^=/areas/], main a[href^=/submissions/]")).isEmpty();
        assertThat(steering.select("main .govuk-tag").eachText())
                .containsExactlyInAnyOrder("Accepted", "Accepted with warnings");
    }

    @Test
    void thePdfIsRenderedOnceWhileTheDataStaysTheSameAndEachDownloadIsAudited() throws Exception {
        PortalClient steering = signedIn(STEERING);

        HttpResponse<byte[]> first = steering.download(PERIOD + "/pack.pdf");
        HttpResponse<byte[]> again = steering.download(PERIOD + "/pack.pdf");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("stocktake-2012-13-Q2.pdf");
        // a render stamps its moment in the file: the same bytes are the same render
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(fixture.audit()).filteredOn(e -> e.action() == AuditAction.DOWNLOAD)
                .extracting(AuditEntry::actor, AuditEntry::detail)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(STEERING, "stocktake pack 2012-13 Q2"))
                .hasSize(2);
    }

    @Test
    void theHtmlPackShowsWhatThePdfShows() throws Exception {
        PortalClient central = signedIn(CENTRAL);
        Document html = central.get(PERIOD + "/pack").html();
        String pdf;
        try (PDDocument document = Loader.loadPDF(central.download(PERIOD + "/pack.pdf").body())) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        assertThat(html.select("main h2").eachText()).containsSubsequence("Headline", "All areas", "Charts",
                "Area pages", "Exceptions");
        // every figure of the headline tables and every cell of the all-areas table is in the PDF too
        List<String> headline = html
                .select("#headline + .govuk-grid-row td, table:has(caption:matchesOwn(^Funding by)) td").eachText();
        assertThat(headline).isNotEmpty().contains("2");
        assertThat(headline).allSatisfy(figure -> assertThat(pdf).contains(figure));
        Element allAreas = html.selectFirst("#all-areas ~ table");
        assertThat(allAreas.select("tbody tr")).hasSize(2);
        assertThat(allAreas.select("tbody td, tbody th").eachText()).allSatisfy(cell -> assertThat(pdf).contains(cell));
        assertThat(html.select("main section.stocktake-area h3").eachText())
                .containsExactly("Blackpool (E06000009)", "Birmingham (E08000025)");
        assertThat(pdf).contains("Blackpool (E06000009)", "Birmingham (E08000025)");
        // the warning and its explanation, in both
        assertThat(html.select("#area-" + AREA_A).text()).contains("FUND-SOURCE");
        assertThat(pdf).contains("FUND-SOURCE");
        // each chart: an SVG image named by its title, its figures in a table beside it
        List<Element> charts = html.select("main svg[role=img]");
        assertThat(charts).isNotEmpty().allSatisfy(svg -> {
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.attr("aria-labelledby")).contains(svg.selectFirst("title").id());
        });
        assertThat(html.select("main table:has(caption:containsOwn(Figures of the chart))")).hasSize(charts.size());
    }

    PortalClient signedIn(String email) {
        return PortalClient.signedIn(port, email, PASSWORD);
    }
}
