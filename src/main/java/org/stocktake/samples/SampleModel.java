package org.stocktake.samples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;

/** The in-memory model of the sample returns, before they are written as workbooks. */
final class SampleModel {

    static final String ACCEPTED = "ACCEPTED";
    static final String ACCEPTED_WITH_WARNINGS = "ACCEPTED_WITH_WARNINGS";
    static final String REJECTED = "REJECTED";
    /** The sheet row of the samples' Funding header: a note row above it, as officers add. */
    static final int FUNDING_HEADER_ROW = 4;

    private SampleModel() {
    }

    /** One row of the register (standard §7). */
    record RegisterRow(String areaCode, String areaName, String strand, Period first, Period last) {

        boolean covers(Period p) {
            return !p.isBefore(first) && (last == null || !p.isAfter(last));
        }
    }

    /** Facts about an area the register does not hold: e-mail domain, family reference prefix, cohort size. */
    record AreaInfo(String code, String name, String domain, String prefix, int cohort, boolean withRecords) {

        /** {@code Blackburn-with-Darwen}. */
        String fileName() {
            return name.replace(' ', '-');
        }
    }

    /** A budget line; money in pence. {@code receivedText}, when set, is written instead of the number. */
    static final class Line {
        final String partner;
        final String stream;
        final String source;
        final String arrangement;
        long committed;
        long received;
        long spent;
        String receivedText;

        Line(String partner, String stream, String source, String arrangement, long committed, long received,
                long spent) {
            this.partner = partner;
            this.stream = stream;
            this.source = source;
            this.arrangement = arrangement;
            this.committed = committed;
            this.received = received;
            this.spent = spent;
        }

        Line copy() {
            Line l = new Line(partner, stream, source, arrangement, committed, received, spent);
            l.receivedText = receivedText;
            return l;
        }
    }

    /** One family of the simulation: identification, start, closure and outcome dates. */
    static final class Family {
        final String reference;
        final LocalDate identified;
        LocalDate started;
        LocalDate closed;
        String outcome;

        Family(String reference, LocalDate identified) {
            this.reference = reference;
            this.identified = identified;
        }
    }

    /** One row of a Family records sheet as of a period end (later events not yet known). */
    record FamilyRecord(String reference, LocalDate identified, LocalDate started, LocalDate closed, String outcome) {
    }

    /** One return file. */
    static final class Doc {
        String areaCode;
        Period period;
        RegisterRow row;
        AreaInfo area;
        String fileName;
        String templateVersion = ReturnLayout.TEMPLATE_VERSION;
        String areaName;
        String periodText;
        String strand;
        String contact;
        String email;
        String signedOffBy;
        LocalDate signedOn;
        int identified;
        int started;
        int helped;
        int outcomes;
        Integer planned;
        List<Line> lines = new ArrayList<>();
        List<FamilyRecord> records;
        Map<String, String> explanations = new LinkedHashMap<>();
        String coverSheetName = ReturnLayout.COVER;
        boolean legacyXls;
        boolean variant;
        /** The Total row's SUM formulas stop one line short (the last line was inserted below the range). */
        boolean totalMissesLastLine;
        String status = ACCEPTED;
        List<String> rules = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        String note = "";
        String supersedes = "";
        Instant lastModified;

        String relativePath() {
            return period.fileName() + "/" + fileName;
        }

        /** The sheet row (1-based) of budget line {@code index}. */
        static int lineRow(int index) {
            return FUNDING_HEADER_ROW + 1 + index;
        }

        /** The sheet row of the Total, straight after the lines. */
        int totalRow() {
            return lineRow(lines.size());
        }

        int indexOf(String partner) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).partner.equals(partner)) {
                    return i;
                }
            }
            throw new IllegalStateException(partner + " line missing in " + fileName);
        }

        long sum(java.util.function.Predicate<Line> which, java.util.function.ToLongFunction<Line> amount) {
            return lines.stream().filter(which).mapToLong(amount).sum();
        }
    }

    /** The planned returns, in processing order, and the ledger rows. */
    static final class Plan {
        final List<Doc> docs = new ArrayList<>();
        final List<String[]> ledger = new ArrayList<>();

        /** The return that counts for an area and period: the last one not meant to be rejected. */
        Optional<Doc> counting(String areaCode, Period p) {
            Doc found = null;
            for (Doc d : docs) {
                if (d.areaCode.equals(areaCode) && d.period.equals(p) && !REJECTED.equals(d.status)) {
                    found = d;
                }
            }
            return Optional.ofNullable(found);
        }

        /**
         * True when a return was received for the area and period and the import can tell so: a return whose
         * Cover period is unreadable, or that has no Cover at all, cannot be attributed and leaves the area MISSING.
         */
        boolean received(String areaCode, Period p) {
            return docs.stream().anyMatch(d -> d.areaCode.equals(areaCode) && d.period.equals(p)
                    && !d.rules.contains("COV-PERIOD-FORMAT") && !d.rules.contains("TPL-SHEET-MISSING"));
        }
    }

    static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }
}
