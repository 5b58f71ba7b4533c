package org.stocktake.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.audit.Audit;
import org.stocktake.bench.PortalBench;
import org.stocktake.bench.PortalBench.Officer;
import org.stocktake.intake.ReferenceLoader;
import org.stocktake.storage.ThrowawayDatabases;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.Users;

/**
 * {@code bench --portal}: starts the portal on a free port over a fresh H2 database with the bundled reference data,
 * adds one submitter per simulated officer (areas of the bundled sample returns, in turn), runs {@link PortalBench}
 * and throws the database away. Exit status 1 when any request failed.
 */
final class PortalBenchRun {

    static final Path SAMPLES = Path.of("input-samples", "returns");
    static final Path REFERENCE = Path.of("input-samples", "reference");
    static final String PASSWORD = "bench password, long enough";

    private final Path dir;
    private final int users;
    private final int warmUp;
    private final int seconds;

    PortalBenchRun(Path dir, int users, int warmUp, int seconds) {
        this.dir = dir;
        this.users = users;
        this.warmUp = warmUp;
        this.seconds = seconds;
    }

    int call() throws Exception {
        Map<String, List<Path>> byArea = samplesByArea();
        CommonOptions options = new CommonOptions();
        Path db = dir.resolve("portal-db").resolve("bench-" + System.currentTimeMillis()).toAbsolutePath();
        options.db = "jdbc:h2:file:" + db;
        options.reference = REFERENCE;
        options.out = dir.resolve("portal-out");
        PortalBench bench;
        try (ConfigurableApplicationContext context = SpringContext.startPortal(options, Map.of("server.port", 0,
                "stocktake.out", options.out.toAbsolutePath().toString()))) {
            context.getBean(ReferenceLoader.class).load(REFERENCE)
                    .forEach(problem -> System.out.println("  problem: " + problem));
            List<String> areas = new ArrayList<>(byArea.keySet());
            List<Officer> officers = new ArrayList<>();
            Users accounts = context.getBean(Users.class);
            for (int i = 0; i < users; i++) {
                String area = areas.get(i % areas.size());
                String email = "officer" + (i + 1) + "@bench.example";
                accounts.add(new NewUser(email, "Officer " + (i + 1), Role.SUBMITTER, List.of(area)), PASSWORD,
                        "bench", Audit.COMMAND_LINE);
                officers.add(new Officer(email, PASSWORD, area, byArea.get(area)));
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            bench = new PortalBench(URI.create("http://localhost:" + port),
                    new PortalBench.Options(users, Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds)),
                    System.out);
            bench.run(officers);
        }
        ThrowawayDatabases.deleteH2(db);
        return bench.errors() == 0 ? 0 : 1;
    }

    /** The bundled .xlsx sample returns by the area code their names start with, each area's in period order. */
    static Map<String, List<Path>> samplesByArea() throws IOException {
        Map<String, List<Path>> byArea = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().forEach(f -> byArea
                    .computeIfAbsent(f.getFileName().toString().split("-")[0], a -> new ArrayList<>()).add(f));
        }
        return byArea;
    }
}
