package org.stocktake.storage;

import org.stocktake.testing.OnPostgres;

/** {@link FamilyRecordStoreTests} on PostgreSQL, where the records go by COPY ({@link CopyRecordWriter}). */
@OnPostgres
class PostgresFamilyRecordStoreTests extends FamilyRecordStoreTests {
}
