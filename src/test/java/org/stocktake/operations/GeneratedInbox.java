package org.stocktake.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.testing.ReturnFixture;

/**
 * An inbox of many returns for the operations tests: accepted ones, rejected ones, some with thousands of
 * family records (so that a kill lands in the middle of a file), a byte-identical copy, and a non-workbook.
 */
final class GeneratedInbox {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    private GeneratedInbox() {
    }

    static Path write(Path inbox, int returns, int recordsEvery, int records) {
        try {
            Files.createDirectories(inbox);
            String[][] areas = {{"E08000025", "Birmingham", "Families with multiple problems"},
                    {"E06000009", "Blackpool", "Families with multiple problems"},
                    {"E10000012", "Essex", "Whole place"}};
            String[] periods = {"2012-13 Q1", "2012-13 Q2"};
            for (int i = 0; i < returns; i++) {
                String[] area = areas[i % areas.length];
                String period = periods[(i / areas.length) % periods.length];
                LocalDate signedOn = period.endsWith("Q1") ? LocalDate.of(2012, 7, 20) : LocalDate.of(2012, 10, 15);
                ReturnFixture f = new ReturnFixture().cover(CoverLabels.AREA_CODE, area[0])
                        .cover(CoverLabels.AREA_NAME, area[1]).cover(CoverLabels.STRAND, area[2])
                        .cover(CoverLabels.PERIOD, period).cover(CoverLabels.SIGNED_OFF_ON, signedOn)
                        .families(FamiliesLabels.IDENTIFIED, 4000 + i)
                        .fundingCell(0, 5, new BigDecimal(600000 + i));
                if (i % 7 == 5) {
                    f.families(FamiliesLabels.HELPED, "TBC"); // rejected
                }
                if (recordsEvery > 0 && i % recordsEvery == 0) {
                    List<Object[]> rows = new ArrayList<>();
                    for (int r = 0; r < records; r++) {
                        rows.add(new Object[] {"REF-" + i + "-" + r, LocalDate.of(2011, 6, 1), null, null, null});
                    }
                    f.withRecords(rows).families(FamiliesLabels.IDENTIFIED, records)
                            .families(FamiliesLabels.STARTED, 0).families(FamiliesLabels.HELPED, 0)
                            .families(FamiliesLabels.OUTCOMES, 0);
                }
                Path file = f.writeXlsx(inbox, String.format("return-%02d.xlsx", i));
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2012-11-01T10:00:00Z").plusSeconds(60L * i)));
            }
            Path copy = Files.copy(inbox.resolve("return-01.xlsx"), inbox.resolve("copy-of-return-01.xlsx"));
            Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2012-11-05T10:00:00Z")));
            Path notes = Files.writeString(inbox.resolve("notes.txt"), "not a return");
            Files.setLastModifiedTime(notes, FileTime.from(Instant.parse("2012-11-05T11:00:00Z")));
            return inbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
