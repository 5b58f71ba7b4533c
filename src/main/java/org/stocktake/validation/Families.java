package org.stocktake.validation;

/** The Families sheet of a return (standard §3.1); {@code planned} is optional and may be null. */
public record Families(long identified, long started, long helped, long outcomes, Long planned) {
}
