package org.stocktake.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.stocktake.storage.SchemaMigration;

/**
 * The application context of a command other than {@code serve}: without the portal. The portal's
 * auto-configuration (web server, security, sessions, Thymeleaf, actuator, metrics, JSON) is filtered out before its
 * conditions are even evaluated, the portal's own beans (package {@code web}) are not scanned, and every other bean
 * is created only when the command asks for it. Boot's Flyway beans are left out too: {@link CommandLineSchema}
 * migrates instead, and makes Flyway's object only when a migration is due. Registered as an
 * {@link AutoConfigurationImportFilter} in {@code META-INF/spring.factories}; it filters only where {@link #PROPERTY}
 * is true, so {@code serve} and the tests' contexts are whole.
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

    /** Replaced in the commands' context by {@link CommandLineSchema}. */
    private static final String FLYWAY = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

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
                String name = autoConfigurationClasses[i];
                keep[i] = name == null || !(portalOnly(name) || name.equals(FLYWAY));
            }
        }
        return keep;
    }

    static boolean portalOnly(String className) {
        return PORTAL_ONLY.stream().anyMatch(className::startsWith);
    }

    /**
     * Leaves the portal's beans out of the component scan, migrates before any bean reads the database, and gives the
     * context a message source without messages.
     */
    static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            context.getBeanFactory().registerSingleton("commandLineTypeExcludeFilter", new PortalBeans());
            // stores read the DataSource directly, so the migration must not wait for a lazy JdbcTemplate
            context.getBeanFactory().registerSingleton("commandLineEagerSchema",
                    LazyInitializationExcludeFilter.forBeanTypes(SchemaMigration.class));
            context.getBeanFactory().registerSingleton(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME,
                    new NoMessages());
        };
    }

    /**
     * The commands print no localised messages. Spring's default message source would cost a short command the
     * JDK's list of every locale (30 ms) as its class is initialised.
     */
    private static final class NoMessages implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return defaultMessage;
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            throw new NoSuchMessageException(code, locale);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            String[] codes = resolvable.getCodes();
            if (resolvable.getDefaultMessage() == null) {
                throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
            }
            return resolvable.getDefaultMessage();
        }
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
