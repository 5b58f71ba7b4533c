package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.web.GovukFixtures.items;
import static org.stocktake.web.GovukFixtures.vars;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.web.Govuk.Cell;
import org.stocktake.web.Govuk.ErrorLink;
import org.stocktake.web.Govuk.NavItem;
import org.stocktake.web.Govuk.PageLink;
import org.stocktake.web.Govuk.Row;
import org.stocktake.web.GovukFixtures.Fixture;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import tools.jackson.databind.JsonNode;

/**
 * Every GOV.UK component fragment the portal uses ({@code templates/fragments/govuk.html}), rendered with the options
 * of the Design System's own examples, gives the same HTML as the example in the component's {@code fixtures.json}.
 */
class GovukFragmentsTests {

    private static final SpringTemplateEngine ENGINE = engine();

    static Stream<Arguments> cases() {
        return Stream.of(
                example("skip-link", "default", "govukSkipLink", o -> vars("href", o.text("href"))),
                example("header", "rebrand", "govukHeader", o -> vars()),
                example("service-navigation", "with service link", "govukServiceNavigation",
                        o -> vars("serviceName", o.text("serviceName"), "serviceUrl", o.text("serviceUrl"))),
                example("service-navigation", "with navigation with a current item", "govukServiceNavigation",
                        o -> vars("navigation", items(o.options(), "navigation").stream()
                                .map(n -> new NavItem(n.path("text").asString(), n.path("href").asString(),
                                        n.path("current").asBoolean(false))).toList())),
                example("footer", "rebrand", "govukFooter", o -> vars()),
                example("error-summary", "default", "govukErrorSummary", o -> vars("titleText", o.text("titleText"),
                        "errorList", items(o.options(), "errorList").stream()
                                .map(n -> new ErrorLink(n.path("text").asString(), n.path("href").asString()))
                                .toList())),
                example("input", "with error and hint", "govukInput", GovukFragmentsTests::input),
                example("input", "with autocomplete attribute", "govukInput", GovukFragmentsTests::input),
                example("input", "with spellcheck disabled", "govukInput", GovukFragmentsTests::input),
                example("input", "custom type", "govukInput", GovukFragmentsTests::input),
                example("input", "value", "govukInput", GovukFragmentsTests::input),
                example("input", "with label as page heading", "govukInput", GovukFragmentsTests::input),
                example("file-upload", "default", "govukFileUpload", GovukFragmentsTests::input),
                example("file-upload", "with hint text", "govukFileUpload", GovukFragmentsTests::input),
                example("file-upload", "with error message and hint", "govukFileUpload", GovukFragmentsTests::input),
                example("button", "default", "govukButton", o -> vars("text", o.text("text"))),
                example("button", "secondary", "govukButton",
                        o -> vars("text", o.text("text"), "name", o.text("name"), "classes", o.text("classes"))),
                example("tag", "default", "govukTag", o -> vars("text", o.text("text"))),
                example("tag", "grey", "govukTag", o -> vars("text", o.text("text"), "classes", o.text("classes"))),
                example("notification-banner", "default", "govukNotificationBanner", o -> vars("text", o.text("text"))),
                example("notification-banner", "with type as success", "govukNotificationBanner",
                        o -> vars("type", o.text("type"), "text", o.text("text"))),
                example("summary-list", "with falsy values", "govukSummaryList", o -> vars("rows",
                        items(o.options(), "rows").stream().map(r -> Row.of(r.path("key").path("text").asString(),
                                r.path("value").path("text").asString())).toList())),
                example("table", "with head", "govukTable", GovukFragmentsTests::table),
                example("table", "with head and caption", "govukTable", GovukFragmentsTests::table),
                example("pagination", "default", "govukPagination", GovukFragmentsTests::pagination),
                example("pagination", "with many pages", "govukPagination", GovukFragmentsTests::pagination));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void fragmentGivesTheHtmlOfTheDesignSystemsExample(String component, String example, String fragment,
            Function<Fixture, Map<String, Object>> options) {
        Fixture fixture = GovukFixtures.load(component, example);

        String rendered = render(fragment, options.apply(fixture));

        assertThat(GovukFixtures.canonical(rendered)).isEqualTo(GovukFixtures.canonical(fixture.html()));
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @MethodSource("pageNumbers")
    void paginationShowsTheEndsTheCurrentPageAndItsNeighbours(int current, int pages, String expected) {
        String shown = String.join(" ", Govuk.pages(current, pages, n -> "/audit?page=" + n).stream()
                .map(p -> p.ellipsis() ? "…" : p.current() ? "[" + p.number() + "]" : String.valueOf(p.number()))
                .toList());

        assertThat(shown).isEqualTo(expected);
    }

    static Stream<Arguments> pageNumbers() {
        return Stream.of(Arguments.of(1, 1, "[1]"), Arguments.of(1, 3, "[1] 2 3"), Arguments.of(3, 3, "1 2 [3]"),
                Arguments.of(10, 40, "1 … 9 [10] 11 … 40"), Arguments.of(2, 40, "1 [2] 3 … 40"),
                Arguments.of(4, 7, "1 … 3 [4] 5 … 7"), Arguments.of(3, 5, "1 2 [3] 4 5"));
    }

    private static Map<String, Object> input(Fixture o) {
        Map<String, Object> vars = vars("id", o.text("id"), "name", o.text("name"), "type", o.text("type"),
                "label", o.text("label", "text"), "labelClasses", o.text("label", "classes"),
                "labelIsPageHeading", o.options().path("label").path("isPageHeading").asBoolean(false),
                "hint", o.text("hint", "text"), "errorMessage", o.text("errorMessage", "text"),
                "value", o.text("value"), "autocomplete", o.text("autocomplete"));
        if (o.options().has("spellcheck")) {
            vars.put("spellcheck", o.options().path("spellcheck").asBoolean());
        }
        return vars;
    }

    private static Map<String, Object> table(Fixture o) {
        return vars("caption", o.text("caption"), "captionClasses", o.text("captionClasses"),
                "firstCellIsHeader", o.options().path("firstCellIsHeader").asBoolean(false),
                "head", items(o.options(), "head").stream().map(GovukFragmentsTests::cell).toList(),
                "rows", items(o.options(), "rows").stream()
                        .map(row -> items(wrap(row), "row").stream().map(GovukFragmentsTests::cell).toList())
                        .toList());
    }

    private static JsonNode wrap(JsonNode row) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("row", row);
    }

    private static Cell cell(JsonNode n) {
        return new Cell(n.path("text").asString(), "numeric".equals(n.path("format").asString()), null);
    }

    private static Map<String, Object> pagination(Fixture o) {
        return vars("previous", o.text("previous", "href"), "next", o.text("next", "href"),
                "items", items(o.options(), "items").stream()
                        .map(n -> n.path("ellipsis").asBoolean(false) ? new PageLink(null, null, false)
                                : new PageLink(n.path("number").asInt(), n.path("href").asString(),
                                        n.path("current").asBoolean(false)))
                        .toList());
    }

    private static Arguments example(String component, String example, String fragment,
            Function<Fixture, Map<String, Object>> options) {
        return Arguments.of(component, example, fragment, options);
    }

    /** Renders a fragment as a page would include it, with the given variables. */
    static String render(String fragment, Map<String, Object> variables) {
        Context context = new Context();
        variables.forEach(context::setVariable);
        return ENGINE.process("<div th:replace=\"~{fragments/govuk :: " + fragment + "}\"></div>", context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        return engine;
    }

}
