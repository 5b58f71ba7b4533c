package org.stocktake.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code --db} JDBC URL as an operator reads it: which kind of database, where it is, and the URL with any
 * password masked, for messages and the log.
 */
record DatabaseUrl(String url) {

    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRES = "jdbc:postgresql:";
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

    boolean isH2() {
        return url.startsWith(H2);
    }

    boolean isPostgres() {
        return url.startsWith(POSTGRES);
    }

    /** The URL with a password it holds replaced by {@code ***}. */
    String masked() {
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }

    /**
     * The database file of an embedded H2 URL, as written in the URL (without {@code .mv.db}); empty for
     * in-memory, server and non-H2 URLs.
     */
    Optional<Path> h2File() {
        if (!isH2()) {
            return Optional.empty();
        }
        String rest = url.substring(H2.length());
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("^[a-zA-Z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, …
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest));
    }

    /** Where the default log file goes: beside an embedded H2 database, else {@code data/}. */
    Path logFolder() {
        return h2File().map(file -> file.getParent() == null ? Path.of("") : file.getParent()).orElse(Path.of("data"))
                .normalize();
    }

    /** {@code host:port} of a PostgreSQL URL (the driver's defaults filled in); empty for others. */
    Optional<String> server() {
        if (!isPostgres()) {
            return Optional.empty();
        }
        String rest = url.substring(POSTGRES.length());
        if (!rest.startsWith("//")) {
            return Optional.of("localhost:5432");
        }
        String hosts = rest.substring(2).split("[/?]", 2)[0];
        String first = hosts.split(",")[0];
        if (first.isEmpty()) {
            return Optional.of("localhost:5432");
        }
        boolean hasPort = first.startsWith("[") ? first.contains("]:") : first.contains(":");
        return Optional.of(hasPort ? first : first + ":5432");
    }

    /** The host of a PostgreSQL URL. */
    Optional<String> host() {
        return server().map(s -> s.substring(0, s.lastIndexOf(':')));
    }

    /** The database name of a PostgreSQL URL. */
    Optional<String> name() {
        if (!isPostgres()) {
            return Optional.empty();
        }
        String rest = url.substring(POSTGRES.length());
        String path = rest.startsWith("//") ? rest.substring(2).replaceFirst("^[^/?]*", "") : "/" + rest;
        String name = path.replaceFirst("^/", "").split("\\?", 2)[0];
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Whether stocktake has a driver and a schema for this URL. */
    boolean supported() {
        return isH2() || isPostgres();
    }

    boolean hasAutoServer() {
        return url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE");
    }
}
