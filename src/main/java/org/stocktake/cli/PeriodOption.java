package org.stocktake.cli;

import org.stocktake.standard.Period;

import picocli.CommandLine.Option;

/** The required {@code --period} of the period commands. */
final class PeriodOption {

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period, such as 2012-13 Q1.")
    Period period;
}
