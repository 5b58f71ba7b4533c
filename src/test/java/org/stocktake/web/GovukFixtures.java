package org.stocktake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.webjars.WebJarVersionLocator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official examples of GOV.UK components, from each component's {@code fixtures.json} in the govuk-frontend
 * webjar, and the comparison of HTML by structure: elements, attributes (class names in any order), text with
 * whitespace collapsed; comments and formatting ignored.
 */
final class GovukFixtures {

    /** One example: the options the macro was called with and the HTML it produced. */
    record Fixture(String component, String name, JsonNode options, String html) {

        String text(String... path) {
            JsonNode node = options;
            for (String key : path) {
                node = node.path(key);
            }
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GovukFixtures() {
    }

    static Fixture load(String component, String name) {
        String path = new WebJarVersionLocator().fullPath("govuk-frontend",
                "dist/govuk/components/" + component + "/fixtures.json");
        try (InputStream in = GovukFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no fixtures for " + component + " at " + path);
            }
            for (JsonNode fixture : JSON.readTree(in).path("fixtures")) {
                if (fixture.path("name").asString().equals(name)) {
                    return new Fixture(component, name, fixture.path("options"), fixture.path("html").asString());
                }
            }
            throw new IllegalStateException("no fixture '" + name + "' for " + component);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML as one element per line, attributes sorted: equal for equal structures, readable in a diff. */
    static String canonical(String html) {
        List<String> lines = new ArrayList<>();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(node, 0, lines);
        }
        return String.join("\n", lines);
    }

    private static void write(Node node, int depth, List<String> lines) {
        String indent = "  ".repeat(depth);
        if (node instanceof TextNode text) {
            String collapsed = text.getWholeText().replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(indent + "\"" + collapsed + "\"");
            }
        } else if (node instanceof Element element) {
            lines.add(indent + "<" + element.normalName() + attributes(element) + ">");
            for (Node child : element.childNodes()) {
                write(child, depth + 1, lines);
            }
        }
    }

    private static String attributes(Element element) {
        return element.attributes().asList().stream()
                .sorted(java.util.Comparator.comparing(Attribute::getKey))
                .map(a -> " " + a.getKey() + "=\"" + (a.getKey().equals("class")
                        ? java.util.Arrays.stream(a.getValue().trim().split("\\s+")).sorted()
                                .collect(Collectors.joining(" "))
                        : a.getValue()) + "\"")
                .collect(Collectors.joining());
    }

    /** The options' list at a key, as a list of nodes (skipping the falsy entries the macros skip). */
    static List<JsonNode> items(JsonNode options, String key) {
        List<JsonNode> items = new ArrayList<>();
        options.path(key).forEach(n -> {
            if (n.isObject() || n.isArray()) {
                items.add(n);
            }
        });
        return items;
    }

    static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            vars.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return vars;
    }
}
