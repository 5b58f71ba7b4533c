package org.stocktake.standard;

import java.util.List;

/**
 * The layout of a return workbook (standard §3), defined once: the sheets; the labels of the Cover and Families
 * sheets in template order, with their keys, types and whether they are required; the columns of the Funding,
 * Family records and Explanations tables; and the code list each code value takes ({@link CodeList}). The
 * validator finds labels and headers through it; the template, the samples, the benchmark's writer and the test
 * fixtures write through it. A label is changed here and nowhere else.
 */
public final class ReturnLayout {

    public static final String COVER = "Cover";
    public static final String FAMILIES = "Families";
    public static final String FUNDING = "Funding";
    public static final String FAMILY_RECORDS = "Family records";
    public static final String EXPLANATIONS = "Explanations";
    /** The sheets every return has (§3.1, §3.2); Family records and Explanations are optional. */
    public static final List<String> REQUIRED_SHEETS = List.of(COVER, FAMILIES, FUNDING);

    /** §3.1: a label sits in column A on one of the first 60 rows; its value is in column B. */
    public static final int LABEL_ROWS = 60;
    /** §3.2: a table's header row is within the first 30 rows. */
    public static final int HEADER_ROWS = 30;
    /** §3.2: the row whose first non-blank cell reads this ends the budget lines. */
    public static final String TOTAL = "Total";
    /** The version the current template writes on its Cover (§3.1 reads {@code 1} or {@code 1.n}). */
    public static final String TEMPLATE_VERSION = "1";

    private ReturnLayout() {
    }

    /** What a value holds: the "type" column of §3.1 to §3.4. */
    public enum Type { TEXT, TEMPLATE_VERSION, AREA_CODE, PERIOD, EMAIL, DATE, COUNT, MONEY, CODE, REFERENCE }

    /** A label of a label / value sheet; {@code codes} lists the values a {@link Type#CODE} field takes. */
    public record Field(String label, String key, Type type, boolean required, List<String> codes) {

        static Field of(String label, String key, Type type) {
            return new Field(label, key, type, true, List.of());
        }
    }

    /** A column of a table, found by its header text; {@code codes} lists the values of a code column. */
    public record Column(String label, Type type, boolean required, List<String> codes) {

        /** The header as the template writes it: a money column says it is in pounds (matching ignores that). */
        public String header() {
            return type == Type.MONEY ? label + " (£)" : label;
        }

        static Column of(String label, Type type, boolean required) {
            return new Column(label, type, required, List.of());
        }
    }

    /** The headers of columns, as the template writes them. */
    public static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** §3.1, sheet {@value ReturnLayout#COVER}. */
    public static final class CoverLabels {
        public static final Field TEMPLATE_VERSION = Field.of("Template version", "template_version",
                Type.TEMPLATE_VERSION);
        public static final Field AREA_CODE = Field.of("Area code", "area_code", Type.AREA_CODE);
        public static final Field AREA_NAME = Field.of("Area name", "area_name", Type.TEXT);
        public static final Field PERIOD = Field.of("Reporting period", "period", Type.PERIOD);
        public static final Field STRAND = new Field("Programme strand", "strand", Type.CODE, true, CodeList.STRANDS);
        public static final Field CONTACT_NAME = Field.of("Contact name", "contact_name", Type.TEXT);
        public static final Field CONTACT_EMAIL = Field.of("Contact email", "contact_email", Type.EMAIL);
        public static final Field SIGNED_OFF_BY = Field.of("Signed off by", "signed_off_by", Type.TEXT);
        public static final Field SIGNED_OFF_ON = Field.of("Date signed off", "signed_off_on", Type.DATE);
        /** In template order. */
        public static final List<Field> ALL = List.of(TEMPLATE_VERSION, AREA_CODE, AREA_NAME, PERIOD, STRAND,
                CONTACT_NAME, CONTACT_EMAIL, SIGNED_OFF_BY, SIGNED_OFF_ON);

        private CoverLabels() {
        }
    }

    /** §3.1, sheet {@value ReturnLayout#FAMILIES}: whole numbers of families. */
    public static final class FamiliesLabels {
        public static final Field IDENTIFIED = Field.of("Families identified", "families_identified", Type.COUNT);
        public static final Field STARTED = Field.of("Families started this quarter", "families_started",
                Type.COUNT);
        public static final Field HELPED = Field.of("Families helped to date", "families_helped", Type.COUNT);
        public static final Field OUTCOMES = Field.of("Families with outcomes achieved to date",
                "families_outcomes", Type.COUNT);
        public static final Field PLANNED = new Field("Families planned this year", "families_planned", Type.COUNT,
                false, List.of());
        /** In template order. */
        public static final List<Field> ALL = List.of(IDENTIFIED, STARTED, HELPED, OUTCOMES, PLANNED);

        private FamiliesLabels() {
        }
    }

    /** §3.2, sheet {@value ReturnLayout#FUNDING}: one row per budget line, then a Total row. */
    public static final class FundingColumns {
        public static final Column PARTNER = new Column("Partner", Type.CODE, true, CodeList.PARTNERS);
        public static final Column STREAM = Column.of("Funding stream", Type.TEXT, true);
        public static final Column SOURCE = new Column("Source", Type.CODE, true, CodeList.SOURCES);
        public static final Column ARRANGEMENT = new Column("Arrangement", Type.CODE, true, CodeList.ARRANGEMENTS);
        public static final Column COMMITTED = Column.of("Committed this year", Type.MONEY, true);
        public static final Column RECEIVED = Column.of("Received to date", Type.MONEY, true);
        public static final Column SPENT = Column.of("Spent to date", Type.MONEY, true);
        /** In template order; the first two identify the header row. */
        public static final List<Column> ALL = List.of(PARTNER, STREAM, SOURCE, ARRANGEMENT, COMMITTED, RECEIVED,
                SPENT);
        /** The money columns, which the Total row sums. */
        public static final List<Column> MONEY = List.of(COMMITTED, RECEIVED, SPENT);

        private FundingColumns() {
        }
    }

    /** §3.3, sheet {@value ReturnLayout#FAMILY_RECORDS}: one row per pseudonymised family. */
    public static final class RecordColumns {
        public static final Column REFERENCE = Column.of("Family reference", Type.REFERENCE, true);
        public static final Column IDENTIFIED = Column.of("Date identified", Type.DATE, true);
        public static final Column STARTED = Column.of("Date started", Type.DATE, false);
        public static final Column CLOSED = Column.of("Date closed", Type.DATE, false);
        public static final Column OUTCOME = new Column("Outcome", Type.CODE, false, CodeList.OUTCOMES);
        /** In template order; the first two identify the header row. */
        public static final List<Column> ALL = List.of(REFERENCE, IDENTIFIED, STARTED, CLOSED, OUTCOME);

        private RecordColumns() {
        }
    }

    /** §3.4, sheet {@value ReturnLayout#EXPLANATIONS}: a rule id and why its warning is expected. */
    public static final class ExplanationColumns {
        public static final Column RULE = Column.of("Rule", Type.TEXT, true);
        public static final Column EXPLANATION = Column.of("Explanation", Type.TEXT, true);
        /** In template order; both identify the header row. */
        public static final List<Column> ALL = List.of(RULE, EXPLANATION);

        private ExplanationColumns() {
        }
    }
}
