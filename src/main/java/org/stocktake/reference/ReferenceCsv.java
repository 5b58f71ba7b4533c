package org.stocktake.reference;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.TextValues;

/**
 * Reads and checks the reference files of standard §7. A file with one bad row is refused whole, with the
 * file, line and reason, so that the reference data already in force stays in force.
 */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private ReferenceCsv() {
    }

    public static Register readRegister(Path file) throws ReferenceDataException {
        String name = file.getFileName().toString();
        List<RegisterEntry> entries = new ArrayList<>();
        try (CSVParser parser = open(file, name, Set.of("area_code", "area_name", "strand", "first_period"))) {
            boolean hasLast = parser.getHeaderMap().containsKey("last_period");
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                String code = row.get("area_code");
                if (!TextValues.isGssCode(code)) {
                    throw new ReferenceDataException(name, line, "area_code \"" + code + "\" is not a GSS code (E and 8 digits)");
                }
                String areaName = row.get("area_name");
                if (areaName.isBlank()) {
                    throw new ReferenceDataException(name, line, "area_name is blank");
                }
                String strand = CodeList.match(CodeList.STRANDS, row.get("strand")).orElseThrow(() ->
                        new ReferenceDataException(name, line, "strand \"" + row.get("strand") + "\" is not one of "
                                + String.join(", ", CodeList.STRANDS)));
                Period first = period(name, line, "first_period", row.get("first_period"))
                        .orElseThrow(() -> new ReferenceDataException(name, line, "first_period is blank"));
                Period last = hasLast ? period(name, line, "last_period", row.get("last_period")).orElse(null) : null;
                if (last != null && last.isBefore(first)) {
                    throw new ReferenceDataException(name, line, "last_period " + last + " is before first_period " + first);
                }
                RegisterEntry entry = new RegisterEntry(code, areaName, strand, first, last);
                for (RegisterEntry other : entries) {
                    if (other.areaCode().equals(code) && overlap(other, entry)) {
                        throw new ReferenceDataException(name, line, "the periods of " + code
                                + " overlap another row of the same area (" + other.firstPeriod() + " onwards)");
                    }
                }
                entries.add(entry);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReferenceDataException(name, 0, "cannot be read as CSV: " + e.getMessage());
        }
        return new Register(entries);
    }

    public static List<LedgerPayment> readLedger(Path file) throws ReferenceDataException {
        String name = file.getFileName().toString();
        List<LedgerPayment> payments = new ArrayList<>();
        try (CSVParser parser = open(file, name, Set.of("area_code", "department", "period", "amount", "reference"))) {
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                String code = row.get("area_code");
                if (!TextValues.isGssCode(code)) {
                    throw new ReferenceDataException(name, line, "area_code \"" + code + "\" is not a GSS code (E and 8 digits)");
                }
                String department = CodeList.match(CodeList.CENTRAL_PARTNERS, row.get("department")).orElseThrow(() ->
                        new ReferenceDataException(name, line, "department \"" + row.get("department")
                                + "\" is not one of " + String.join(", ", CodeList.CENTRAL_PARTNERS)));
                Period period = period(name, line, "period", row.get("period"))
                        .orElseThrow(() -> new ReferenceDataException(name, line, "period is blank"));
                BigDecimal amount = TextValues.number(row.get("amount")).filter(TextValues::isMoney)
                        .orElseThrow(() -> new ReferenceDataException(name, line, "amount \"" + row.get("amount")
                                + "\" is not an amount of money (a number ≥ 0 with at most 2 decimal places)"));
                payments.add(new LedgerPayment(code, department, period, amount.setScale(2), row.get("reference")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReferenceDataException(name, 0, "cannot be read as CSV: " + e.getMessage());
        }
        return payments;
    }

    private static CSVParser open(Path file, String name, Set<String> required) throws IOException, ReferenceDataException {
        if (!Files.isRegularFile(file)) {
            throw new ReferenceDataException(name, 0, "not found at " + file);
        }
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                parser.close();
                throw new ReferenceDataException(name, 1, "the header has no column " + column);
            }
        }
        if (!header.equals(parser.getHeaderNames())) {
            // a BOM or capitals in the header: re-read with the cleaned names
            parser.close();
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            parser = CSVParser.builder().setReader(reader).setFormat(FORMAT.builder()
                    .setHeader(header.toArray(String[]::new)).setSkipHeaderRecord(true).get()).get();
        }
        return parser;
    }

    private static Optional<Period> period(String file, long line, String column, String text) throws ReferenceDataException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(text).orElseThrow(() -> new ReferenceDataException(file, line,
                column + " \"" + text + "\" is not a period such as 2012-13 Q1")));
    }

    private static boolean overlap(RegisterEntry a, RegisterEntry b) {
        boolean aEndsBeforeB = a.lastPeriod() != null && a.lastPeriod().isBefore(b.firstPeriod());
        boolean bEndsBeforeA = b.lastPeriod() != null && b.lastPeriod().isBefore(a.firstPeriod());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
