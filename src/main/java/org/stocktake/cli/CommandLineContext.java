package org.stocktake.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application context of a command other than {@code serve}: without the portal. The portal's
 * auto-configuration (web server, security, sessions, Thymeleaf, actuator, metrics, JSON) is filtered out before its
 * conditions are even evaluated, the portal's own beans (package {@code web}) are not scanned, and every other bean
 * is created only when the command asks for it. Registered as an {@link AutoConfigurationImportFilter} in
 * {@code META-INF/spring.factories}; it filters only where {@link #PROPERTY} is true, so {@code serve} and the
 * tests' contexts are whole.
 */
public final class CommandLineContext implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Set by {@link SpringContext#start} for the commands. */
    static final String PROPERTY = "stocktake.command-line";

    private static final List<String> PORTAL_ONLY = List.of(
            "org.springframework.boot.actuate.", "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.", "org.springframework.boot.security.",
            "org.springframework.boot.servlet.", "org.springframework.boot.session.",
            "org.springframework.boot.thymeleaf.", "org.springframework.boot.tomcat.",
            "org.springframework.boot.webmvc.", "org.springframework.boot.http.converter.",
            "org.springframework.boot.jackson.", "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.jdbc.autoconfigure.metrics.",
            "org.springframework.boot.batch.autoconfigure.observation.",
            "org.springframework.boot.autoconfigure.jmx.", "org.springframework.boot.autoconfigure.admin.",
            "org.springframework.boot.transaction.jta.");

    private static final String PORTAL_PACKAGE = "org.stocktake.web.";

    private boolean commandLine;

    @Override
    public void setEnvironment(Environment environment) {
        commandLine = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[autoConfigurationClasses.length];
        Arrays.fill(keep, true);
        if (commandLine) {
            for (int i = 0; i < keep.length; i++) {
                keep[i] = autoConfigurationClasses[i] == null || !portalOnly(autoConfigurationClasses[i]);
            }
        }
        return keep;
    }

    static boolean portalOnly(String className) {
        return PORTAL_ONLY.stream().anyMatch(className::startsWith);
    }

    /** Leaves the portal's beans out of the component scan and runs Flyway before any bean reads the database. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            context.getBeanFactory().registerSingleton("commandLineTypeExcludeFilter", new PortalBeans());
            // stores read the DataSource directly, so the migration must not wait for a lazy JdbcTemplate
            context.getBeanFactory().registerSingleton("commandLineEagerFlyway",
                    LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class));
        };
    }

    private static final class PortalBeans extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getClassMetadata().getClassName().startsWith(PORTAL_PACKAGE);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PortalBeans;
        }

        @Override
        public int hashCode() {
            return PortalBeans.class.hashCode();
        }
    }
}
