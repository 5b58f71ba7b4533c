package org.stocktake.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.stocktake.StocktakeApplication;

/** Starts the application context once the command line is parsed, so that --db decides the database. */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(CommonOptions options) {
        return start(options, true);
    }

    /**
     * @param shutdownHook false for commands that stop gracefully themselves ({@link GracefulStop}): Spring's
     *                     hook would close the database pool under a running job
     */
    static ConfigurableApplicationContext start(CommonOptions options, boolean shutdownHook) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StocktakeApplication.class)
                .registerShutdownHook(shutdownHook)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // not .properties(): those are defaults, below application.properties, so --db would be ignored
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("command line options", options.springProperties())));
        // the command line has set up logging (LogSetup); Boot's listener would reset it as the context starts
        SpringApplication application = builder.application();
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run();
    }
}
