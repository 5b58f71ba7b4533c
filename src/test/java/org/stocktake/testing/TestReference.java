package org.stocktake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A reference folder for tests: a small register and ledger. */
public final class TestReference {

    public static final String PILOTS = """
            area_code,area_name,strand,first_period,last_period
            E08000025,Birmingham,Families with multiple problems,2011-12 Q1,
            E10000012,Essex,Families with multiple problems,2011-12 Q1,2011-12 Q4
            E10000012,Essex,Whole place,2012-13 Q1,
            E06000009,Blackpool,Families with multiple problems,2011-12 Q1,
            """;

    public static final String LEDGER = """
            area_code,department,period,amount,reference
            E08000025,DWP,2012-13 Q1,100000.00,ESF-1
            E08000025,DWP,2012-13 Q2,100000.25,ESF-2
            """;

    private TestReference() {
    }

    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pilots.csv"), PILOTS);
            Files.writeString(dir.resolve("ledger.csv"), LEDGER);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
