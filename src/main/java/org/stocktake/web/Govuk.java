package org.stocktake.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The values the GOV.UK component fragments ({@code templates/fragments/govuk.html}) take, named as the Design
 * System's own macro options are, so a fragment can be checked against the component's {@code fixtures.json}.
 */
public final class Govuk {

    private Govuk() {
    }

    /** A service navigation item; {@code current} marks the page the user is on. */
    public record NavItem(String text, String href, boolean current) {
    }

    /** An error summary entry, linking to the field in error ({@code #id}). */
    public record ErrorLink(String text, String href) {
    }

    /**
     * A summary list row: a key and either a text value (a link when {@code href} is set) or a list of values (shown
     * as a plain list).
     */
    public record Row(String key, String value, List<String> items, String href) {

        public Row {
            items = items == null ? null : List.copyOf(items);
        }

        public static Row of(String key, String value) {
            return new Row(key, value, null, null);
        }

        public static Row list(String key, List<String> items) {
            return new Row(key, null, items, null);
        }

        public static Row link(String key, String text, String href) {
            return new Row(key, text, null, href);
        }
    }

    /**
     * A table cell; {@code numeric} right-aligns it, {@code href} makes its text a link, {@code tag} (a tag's colour
     * classes) shows it as a tag.
     */
    public record Cell(String text, boolean numeric, String href, String tag) {

        public Cell(String text, boolean numeric, String href) {
            this(text, numeric, href, null);
        }

        public static Cell text(String text) {
            return new Cell(text, false, null);
        }

        public static Cell number(Object number) {
            return new Cell(String.valueOf(number), true, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, false, href);
        }

        public static Cell tag(Tag tag) {
            return new Cell(tag.text(), false, null, tag.classes());
        }
    }

    /** A tag: its text and its colour class, such as {@code govuk-tag--green}. */
    public record Tag(String text, String classes) {
    }

    /** A pagination item: a page number with its link, or an ellipsis ({@code number} null). */
    public record PageLink(Integer number, String href, boolean current) {

        public boolean ellipsis() {
            return number == null;
        }
    }

    /**
     * The pagination items for page {@code current} of {@code pages}, as the Design System advises: the first, the
     * last, the current page and its neighbours, with ellipses for the gaps.
     */
    public static List<PageLink> pages(int current, int pages, java.util.function.IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            if (page == 1 || page == pages || Math.abs(page - current) <= 1) {
                links.add(new PageLink(page, href.apply(page), page == current));
            } else if (!links.isEmpty() && !links.get(links.size() - 1).ellipsis()) {
                links.add(new PageLink(null, null, false));
            }
        }
        return links;
    }
}
