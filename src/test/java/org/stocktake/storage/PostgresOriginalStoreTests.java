package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stocktake.testing.OnPostgres;

/** {@link OriginalStoreTests} on PostgreSQL, where the chunks are stored out of line without compression (V8). */
@OnPostgres
class PostgresOriginalStoreTests extends OriginalStoreTests {

    @Test
    void theChunksAreStoredAsTheyAreNotCompressedAgain() {
        assertThat(jdbc.sql("SELECT attstorage FROM pg_attribute WHERE attrelid = 'submission_original'::regclass"
                + " AND attname = 'bytes'").query(String.class).single()).isEqualTo("e");
        assertThat(jdbc.sql("SELECT attstorage FROM pg_attribute WHERE attrelid = 'submission'::regclass"
                + " AND attname = 'file_name'").query(String.class).single()).isEqualTo("x");
    }
}
