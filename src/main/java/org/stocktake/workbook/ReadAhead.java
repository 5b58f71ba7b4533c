package org.stocktake.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a thread of its own: a large part of a workbook is inflated there while the XML parser
 * reads what is already inflated, so inflating and parsing share two cores instead of taking turns on one. Holds at
 * most {@value #DEPTH} chunks of {@value #CHUNK} bytes waiting, in buffers the two threads pass back and forth rather
 * than allocate; the chunks are large so that the threads seldom wake each other (each hand-over can). A failure of
 * the stream (a zip bomb refused by its limits, a damaged entry) reaches the reader at the point it would have reached
 * it without this class. Closing stops the thread and then closes the stream.
 */
final class ReadAhead extends InputStream {

    static final int CHUNK = 1 << 18;
    static final int DEPTH = 4;
    /** Those waiting, the one being filled and the one being read. */
    private static final int BUFFERS = DEPTH + 2;

    /** A chunk read, the end of the stream (no bytes), or the failure that ended it. */
    private record Chunk(byte[] bytes, int length, IOException failure) {
        static final Chunk END = new Chunk(null, -1, null);
    }

    private final InputStream in;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(DEPTH);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread thread;
    private volatile boolean closed;
    private int allocated; // by the reading-ahead thread only
    private Chunk current;
    private int position;

    ReadAhead(InputStream in, String name) {
        this.in = in;
        this.thread = new Thread(this::readAhead, "read-ahead " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                byte[] bytes = buffer();
                if (bytes == null) {
                    return;
                }
                int n = in.readNBytes(bytes, 0, CHUNK);
                if (n == 0) {
                    break;
                }
                if (!hand(new Chunk(bytes, n, null))) {
                    return;
                }
            }
            hand(Chunk.END);
        } catch (IOException e) {
            hand(new Chunk(null, -1, e));
        } catch (RuntimeException e) {
            hand(new Chunk(null, -1, new IOException(e.getClass().getSimpleName() + " while reading ahead", e)));
        }
    }

    /** A buffer to fill: one the reader is done with, else a new one while fewer than BUFFERS exist; null once closed. */
    private byte[] buffer() {
        byte[] bytes = free.poll();
        if (bytes != null) {
            return bytes;
        }
        if (allocated < BUFFERS) {
            allocated++;
            return new byte[CHUNK];
        }
        try {
            while ((bytes = free.poll(50, TimeUnit.MILLISECONDS)) == null) {
                if (closed) {
                    return null;
                }
            }
            return bytes;
        } catch (InterruptedException e) {
            return null; // only close() interrupts
        }
    }

    /** Queues a chunk, waiting for room; false when the reader closed the stream meanwhile. */
    private boolean hand(Chunk chunk) {
        try {
            while (!chunks.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            return false; // only close() interrupts
        }
    }

    @Override
    public int read() throws IOException {
        return next() ? current.bytes()[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!next()) {
            return -1;
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Makes {@link #current} a chunk with bytes left; false at the end of the stream. */
    private boolean next() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (current == null || (current.bytes() != null && position == current.length())) {
            if (current != null) {
                free.offer(current.bytes()); // read through: the thread may fill it again
            }
            try {
                current = chunks.take();
                position = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading ahead");
            }
        }
        if (current.failure() != null) {
            throw current.failure();
        }
        return current.bytes() != null;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        thread.interrupt();
        chunks.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the stream may be closed only once the thread has let go of it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
