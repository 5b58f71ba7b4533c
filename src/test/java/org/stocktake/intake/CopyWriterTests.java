package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link FeedbackWriterTests} and the portal's upload tests leave out: a copy handed over after closing. */
class CopyWriterTests {

    @Test
    void aCopyHandedOverOnceClosedIsWrittenByTheCallerNotDropped() {
        CopyWriter copies = new CopyWriter("test copies");
        List<String> writtenBy = new ArrayList<>();
        copies.execute(() -> writtenBy.add(Thread.currentThread().getName()));
        copies.close();

        copies.execute(() -> writtenBy.add(Thread.currentThread().getName()));

        assertThat(writtenBy).containsExactly("test copies", Thread.currentThread().getName());
    }
}
