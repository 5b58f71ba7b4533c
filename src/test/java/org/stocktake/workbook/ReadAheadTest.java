package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** A part read ahead on its own thread reads as the part itself would, failures and all, and leaves no thread. */
class ReadAheadTest {

    static final int SIZE = ReadAhead.CHUNK * (ReadAhead.DEPTH + 3) + 17;

    @Test
    void givesEveryByteInOrderWhateverTheReadsAsk() throws IOException {
        byte[] given = new byte[SIZE];
        new Random(7).nextBytes(given);

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(given), "test")) {
            byte[] buffer = new byte[1000];
            for (int i = 0; ; i++) {
                if (i % 3 == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    read.write(b);
                } else {
                    int n = in.read(buffer, 0, 1 + i % buffer.length);
                    if (n < 0) {
                        break;
                    }
                    read.write(buffer, 0, n);
                }
            }
            assertThat(in.read()).isEqualTo(-1);
        }

        assertThat(read.toByteArray()).isEqualTo(given);
        assertThat(readAheadThreads()).isZero();
    }

    @Test
    void aFailureOfTheStreamReachesTheReaderAfterTheBytesBeforeIt() throws IOException {
        try (InputStream in = new ReadAhead(failingAfter(ReadAhead.CHUNK * 2), "test")) {
            assertThat(in.readNBytes(ReadAhead.CHUNK * 2)).hasSize(ReadAhead.CHUNK * 2);
            assertThatThrownBy(in::read).isInstanceOf(XlsxPackage.InflationLimitException.class)
                    .hasMessage("too big");
        }
        assertThat(readAheadThreads()).isZero();
    }

    @Test
    void closingBeforeTheEndStopsTheThreadAndClosesTheStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        InputStream in = new ReadAhead(endless, "test");
        assertThat(in.read()).isEqualTo('x');
        in.close();

        assertThat(closed).isTrue();
        assertThat(readAheadThreads()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class);
    }

    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            int left = bytes;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw new XlsxPackage.InflationLimitException("too big");
                }
                return 0;
            }
        };
    }

    private static long readAheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("read-ahead")).count();
    }
}
