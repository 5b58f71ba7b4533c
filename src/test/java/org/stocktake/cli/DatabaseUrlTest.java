package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theDefaultLogFolderIsBesideAnEmbeddedH2FileElseData() {
        assertThat(new DatabaseUrl(CommonOptions.DEFAULT_DB).logFolder()).isEqualTo(Path.of("data"));
        assertThat(new DatabaseUrl(CommonOptions.DEFAULT_DB).h2File()).contains(Path.of("./data/stocktake"));
        assertThat(new DatabaseUrl("jdbc:h2:file:/srv/st/db/stocktake;MODE=PostgreSQL").logFolder())
                .isEqualTo(Path.of("/srv/st/db"));
        assertThat(new DatabaseUrl("jdbc:h2:/srv/st/stocktake").logFolder()).isEqualTo(Path.of("/srv/st"));
        assertThat(new DatabaseUrl("jdbc:h2:~/st/stocktake").logFolder())
                .isEqualTo(Path.of(System.getProperty("user.home"), "st"));
        assertThat(new DatabaseUrl("jdbc:h2:file:stocktake").logFolder()).isEqualTo(Path.of(""));
        assertThat(new DatabaseUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1").logFolder()).isEqualTo(Path.of("data"));
        assertThat(new DatabaseUrl("jdbc:h2:tcp://db/stocktake").h2File()).isEmpty();
        assertThat(new DatabaseUrl("jdbc:postgresql://db/stocktake").logFolder()).isEqualTo(Path.of("data"));
    }

    @Test
    void passwordsAreMaskedWhereverTheUrlHoldsThem() {
        assertThat(new DatabaseUrl("jdbc:postgresql://db/st?user=a&password=s3cret&ssl=true").masked())
                .isEqualTo("jdbc:postgresql://db/st?user=a&password=***&ssl=true");
        assertThat(new DatabaseUrl("jdbc:h2:file:./x;USER=sa;PASSWORD=s3cret;AUTO_SERVER=TRUE").masked())
                .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE");
        assertThat(new DatabaseUrl("jdbc:postgresql://st:s3cret@db:5433/st").masked())
                .isEqualTo("jdbc:postgresql://st:***@db:5433/st");
        assertThat(new DatabaseUrl("jdbc:postgresql://db:5433/st").masked()).isEqualTo("jdbc:postgresql://db:5433/st");
    }

    @Test
    void thePostgresServerAndDatabaseWithTheDriversDefaults() {
        DatabaseUrl noPort = new DatabaseUrl("jdbc:postgresql://db.example/stocktake?ssl=true");
        assertThat(noPort.server()).contains("db.example:5432");
        assertThat(noPort.host()).contains("db.example");
        assertThat(noPort.name()).contains("stocktake");
        DatabaseUrl twoHosts = new DatabaseUrl("jdbc:postgresql://a:5433,b:5434/st");
        assertThat(twoHosts.server()).contains("a:5433");
        assertThat(twoHosts.name()).contains("st");
        DatabaseUrl local = new DatabaseUrl("jdbc:postgresql:stocktake");
        assertThat(local.server()).contains("localhost:5432");
        assertThat(local.name()).contains("stocktake");
        assertThat(new DatabaseUrl("jdbc:postgresql://[::1]:5433/st").host()).contains("[::1]");
        assertThat(new DatabaseUrl("jdbc:h2:file:./x").server()).isEqualTo(Optional.empty());
        assertThat(new DatabaseUrl("jdbc:mysql://db/x").supported()).isFalse();
    }
}
