package org.stocktake.cli;

import java.nio.file.Path;
import java.util.List;

import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;

/** How the command line sums up a period's findings: one line each. */
final class Findings {

    private Findings() {
    }

    static String summary(Period period, List<Finding> findings, Path file) {
        StringBuilder s = new StringBuilder();
        s.append("Reconciliation of ").append(period).append(": ").append(findings.size()).append(" findings")
                .append(System.lineSeparator());
        for (Finding f : findings) {
            s.append("  ").append(f.severity().code()).append(' ').append(f.rule().id()).append(' ')
                    .append(f.areaCode()).append(": ").append(f.message()).append(System.lineSeparator());
        }
        return s.append("Findings: ").append(file).toString();
    }
}
