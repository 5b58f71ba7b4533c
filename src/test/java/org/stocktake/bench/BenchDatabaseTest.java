package org.stocktake.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchDatabaseTest {

    @Test
    void aPassDatabaseSitsBesideTheOneNamed() {
        BenchDatabase pg = new BenchDatabase("jdbc:postgresql://db.example:5433/stocktake?sslmode=require", "u", "p");
        assertThat(pg.postgres()).isTrue();
        assertThat(pg.vendor()).isEqualTo("PostgreSQL");
        assertThat(pg.withDatabase("bench_1_0")).isEqualTo("jdbc:postgresql://db.example:5433/bench_1_0?sslmode=require");
        assertThat(new BenchDatabase("jdbc:postgresql://localhost/st", null, null).withDatabase("b"))
                .isEqualTo("jdbc:postgresql://localhost/b");
        assertThat(new BenchDatabase(null, null, null).vendor()).isEqualTo("H2");
    }
}
