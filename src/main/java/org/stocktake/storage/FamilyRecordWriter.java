package org.stocktake.storage;

import org.stocktake.validation.FamilyRecordSink;

/**
 * Stores the family records of one submission while the sheet streams, in the caller's transaction (the file's):
 * memory holds a buffer, never the sheet. Get one from {@link FamilyRecordStore#writer}; use it in a
 * try-with-resources block, and call {@link #finish} only when the return counts.
 */
public interface FamilyRecordWriter extends FamilyRecordSink, AutoCloseable {

    /** The sheet has ended and the return counts: stores what is still buffered. */
    void finish();

    /**
     * Abandons what was not finished. The rows already sent stay in the transaction, to be dropped by the rollback
     * to the records' savepoint (or of the whole file) that follows; the connection is usable again for it.
     */
    @Override
    void close();
}
