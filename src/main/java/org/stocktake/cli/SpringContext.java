package org.stocktake.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.stocktake.StocktakeApplication;
import org.stocktake.storage.DatabaseWarmUp;

/**
 * Starts the application context once the command line is parsed, so that --db decides the database. The commands
 * start without the portal ({@link CommandLineContext}); {@code serve} starts it whole.
 */
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
        return start(options, shutdownHook, Map.of());
    }

    /** @param extra properties above the options' (the build's, {@link PreparedCommandContext#BUILD_PROPERTIES}) */
    static ConfigurableApplicationContext start(CommonOptions options, boolean shutdownHook,
            Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(options.springProperties());
        properties.putAll(extra);
        properties.put(CommandLineContext.PROPERTY, true);
        // the pool opens further connections when a command needs them: filling it in the background costs a short
        // command the connections' CPU, and closing it waits for the filling (30 ms after each, Hikari's pause)
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        // Boot warms up Jackson, Tomcat and the HTTP converters on a second thread: CPU a command never needs
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        SpringApplicationBuilder builder = builder(properties)
                .registerShutdownHook(shutdownHook)
                .web(WebApplicationType.NONE)
                // a command uses a few of the beans: the rest are never made
                .lazyInitialization(true)
                .initializers(CommandLineContext.initializer());
        try (DatabaseWarmUp warmUp = warmUp(options, properties)) {
            return PreparedCommandContext.available() ? PreparedCommandContext.start(builder) : builder.run();
        }
    }

    /** An embedded H2 database is opened while the context starts. */
    private static DatabaseWarmUp warmUp(CommonOptions options, Map<String, Object> properties) {
        if (new DatabaseUrl(options.db).h2File().isEmpty()) {
            return DatabaseWarmUp.none();
        }
        return DatabaseWarmUp.start((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
    }

    /** The portal ({@code serve}): the same context with an embedded web server, and the given extra properties. */
    static ConfigurableApplicationContext startPortal(CommonOptions options, Map<String, Object> portal) {
        Map<String, Object> properties = new LinkedHashMap<>(options.springProperties());
        properties.putAll(portal);
        return builder(properties)
                .web(WebApplicationType.SERVLET)
                // spring.main.* is bound before initializers run, and application.properties says "none" for the
                // commands: the web application type is given as an argument, which ranks above that file
                .run("--spring.main.web-application-type=servlet");
    }

    private static SpringApplicationBuilder builder(Map<String, Object> properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StocktakeApplication.class)
                .logStartupInfo(false)
                // not .properties(): those are defaults, below application.properties, so --db would be ignored
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("command line options", properties)));
        // the command line has set up logging (LogSetup); Boot's listener would reset it as the context starts
        SpringApplication application = builder.application();
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder;
    }
}
