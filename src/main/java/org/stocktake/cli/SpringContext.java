package org.stocktake.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.StocktakeApplication;

/** Starts the application context once the command line is parsed, so that --db decides the database. */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(CommonOptions options) {
        return new SpringApplicationBuilder(StocktakeApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(options.springProperties())
                .run();
    }
}
