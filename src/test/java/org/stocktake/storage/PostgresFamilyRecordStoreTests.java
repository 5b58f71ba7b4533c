package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stocktake.testing.OnPostgres;

/**
 * {@link FamilyRecordStoreTests} on PostgreSQL, where the records go by COPY ({@link CopyRecordWriter}) into a table
 * indexed by block ranges of the key (V9).
 */
@OnPostgres
class PostgresFamilyRecordStoreTests extends FamilyRecordStoreTests {

    @Test
    void theRecordsAreIndexedByBlockRangesOfTheKeyNotByAKeyTree() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'family_record'").query(String.class)
                .list()).containsExactly("CREATE INDEX family_record_key_range ON public.family_record USING brin"
                        + " (record_key) WITH (autosummarize='on')");
        assertThat(jdbc.sql("SELECT contype FROM pg_constraint WHERE conrelid = 'family_record'::regclass")
                .query(String.class).list()).as("the key's check, and no primary key").containsExactly("c");
    }
}
