package org.stocktake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.bench.BenchDatabase;
import org.stocktake.bench.Benchmark;
import org.stocktake.intake.ImportRunner;
import org.stocktake.storage.ReturnStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the import of a large generated return (or, with --portal, the portal under load): the"
                + " bare StAX floor, a naive POI read, and stocktake's reader, validation, H2 inserts alone and the full"
                + " import into a fresh H2 (or, with --db, PostgreSQL) database, each the median of --repeat passes and a"
                + " ratio to the floor. Run with JAVA_OPTS=-Xmx256m to check the heap bound.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Family records in the generated return"
            + " (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--poi-rows", defaultValue = "100000", description = "Records in the file the naive POI read"
            + " gets (default: ${DEFAULT-VALUE}; 0 leaves that read out).")
    int poiRows;

    @Option(names = "--poi-heap", defaultValue = "2g", description = "-Xmx of the child JVM of the naive POI read,"
            + " after one attempt at 256m (default: ${DEFAULT-VALUE}).")
    String poiHeap;

    @Option(names = "--repeat", defaultValue = "5", description = "Passes of each measurement but the naive POI"
            + " read; the median is kept (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Folder for the generated files and the database (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--portal", description = "Measure the portal instead: --users signed-in officers upload the"
            + " sample returns of their areas and read the pages for --seconds, against GET /actuator/health as the"
            + " floor, on a fresh H2 database. Run with JAVA_OPTS=-Xmx512m to check the heap bound.")
    boolean portal;

    @Option(names = "--users", defaultValue = "20", description = "With --portal: simulated officers at once"
            + " (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--seconds", defaultValue = "60", description = "With --portal: how long they go on"
            + " (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "20", description = "With --portal: how long"
            + " they go on, unmeasured, before --seconds start: the JVM compiles the portal's code meanwhile"
            + " (default: ${DEFAULT-VALUE}; 0 measures a cold portal).")
    int warmUp;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Where the full import stores (default: a fresh H2"
            + " file database under --dir). PostgreSQL: jdbc:postgresql://host:5432/stocktake; each pass creates a"
            + " database beside the one named and drops it after (the user needs CREATEDB).")
    String db;

    @Mixin
    DatabaseLogin login;

    @Option(names = "--h2-ways", description = "Also measure the ways H2 can take as many rows in one transaction"
            + " (batches of one-row and of 100-row inserts, a bulk read of a CSV file, a table without its key).")
    boolean h2Ways;

    @Option(names = "--naive-poi", hidden = true, paramLabel = "FILE", description = "Internal: the child JVM's read.")
    Path naivePoi;

    @Override
    public Integer call() throws Exception {
        if (naivePoi != null) {
            Benchmark.naivePoiChild(naivePoi, System.out);
            return 0;
        }
        if (portal) {
            return new PortalBenchRun(dir, users, warmUp, seconds).call();
        }
        Benchmark bench = new Benchmark(new Benchmark.Options(rows, poiRows, repeat, dir, poiHeap), System.out);
        bench.generate();
        BenchDatabase database = new BenchDatabase(db, login.user, login.password);
        bench.rounds(database, url -> {
            CommonOptions options = new CommonOptions();
            options.db = url;
            options.login = database.postgres() ? login : new DatabaseLogin();
            options.reference = bench.referenceDir();
            options.out = dir.resolve("out");
            try (ConfigurableApplicationContext context = SpringContext.start(options)) {
                ReturnStore returns = context.getBean(ReturnStore.class);
                return bench.importOnce(context.getBean(ImportRunner.class), returns::familyRecords,
                        database.vendor());
            }
        });
        if (h2Ways && !database.postgres()) {
            bench.h2Ways();
        }
        if (poiRows > 0) {
            bench.naivePoi("256m");
            bench.naivePoi(poiHeap);
        }
        bench.print();
        return 0;
    }
}
