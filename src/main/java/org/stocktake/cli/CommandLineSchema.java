package org.stocktake.cli;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.stocktake.storage.SchemaMigration;

/** The commands' schema migration, in place of Boot's Flyway beans, which {@link CommandLineContext} leaves out. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(CommandLineContext.PROPERTY)
class CommandLineSchema {

    @Bean
    SchemaMigration schemaMigration(DataSource dataSource, Environment environment) {
        return new SchemaMigration(dataSource,
                List.of(environment.getRequiredProperty("spring.flyway.locations", String[].class)));
    }
}
