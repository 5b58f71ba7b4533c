package org.stocktake.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.StocktakeApplication;

/** Starts the application context once the command line is parsed, so that --db decides the database. */
final class SpringContext {

    private SpringContext() {
    }

    /**
     * The options go in as command-line properties: {@code properties(...)} would make them default properties,
     * which application.properties overrides, so {@code --db} would be silently ignored.
     */
    static ConfigurableApplicationContext start(CommonOptions options) {
        String[] args = options.springProperties().entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(StocktakeApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args);
    }
}
