package org.stocktake.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;

/** Returns to upload in portal tests, and what an upload leaves in the database. */
public final class Uploads {

    /** A National Insurance number put in a Family records cell: a quarantined return must never repeat it. */
    public static final String PERSONAL_VALUE = "QQ 12 34 56 C";

    /** Every table a return's import writes to. */
    public static final List<String> IMPORT_TABLES = List.of("submission", "submission_issue", "submission_original",
            "stocktake_return", "funding_line", "family_record", "seen_file", "import_run_file");

    private Uploads() {
    }

    /** A valid return of the portal fixture's area A (Birmingham) for 2012-13 Q2. */
    public static ReturnFixture areaA() {
        return new ReturnFixture();
    }

    /** The same return for area B (Blackpool). */
    public static ReturnFixture areaB() {
        return new ReturnFixture().cover(CoverLabels.AREA_CODE, PortalFixture.AREA_B)
                .cover(CoverLabels.AREA_NAME, PortalFixture.AREA_B_NAME);
    }

    /** Area A's return whose second family reference is {@link #PERSONAL_VALUE}: QUARANTINED at Family records!A3. */
    public static ReturnFixture withPersonalData() {
        LocalDate identified = LocalDate.of(2011, 6, 1);
        return new ReturnFixture()
                .families(FamiliesLabels.IDENTIFIED, 3).families(FamiliesLabels.STARTED, 1)
                .families(FamiliesLabels.HELPED, 2).families(FamiliesLabels.OUTCOMES, 1)
                .withRecords(List.of(
                        new Object[] {"BHM-0001", identified, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 9, 1),
                                "Education"},
                        new Object[] {PERSONAL_VALUE, identified, LocalDate.of(2012, 8, 15), null, null},
                        new Object[] {"BHM-0003", LocalDate.of(2012, 9, 30), null, null, null}));
    }

    /** The bytes of a return written by POI as {@code .xlsx}. */
    public static byte[] xlsx(ReturnFixture fixture) {
        try {
            Path dir = Files.createTempDirectory("stocktake-upload-test-");
            Path file = fixture.writeXlsx(dir, "return.xlsx");
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows in each table an import writes to, in {@link #IMPORT_TABLES} order. */
    public static Map<String, Long> rows(JdbcClient jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : IMPORT_TABLES) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }

    /** No row in any of them. */
    public static Map<String, Long> noRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        IMPORT_TABLES.forEach(table -> rows.put(table, 0L));
        return rows;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code length} zero bytes, streamed: a body larger than is worth holding. */
    public static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
