package org.stocktake.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stocktake.samples.SampleGenerator;
import org.stocktake.samples.Summary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Regenerate the bundled sample data (register, ledger, returns and expected outcomes)."
                + " Deterministic: the same seed gives the same files.")
final class SamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "input-samples",
            description = "Where to write the samples (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--seed", defaultValue = "" + SampleGenerator.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Summary summary = new SampleGenerator(seed).generate(dir);
        spec.commandLine().getOut().printf("Wrote %d returns (%d accepted, %d with warnings, %d rejected as designed) and %d ledger"
                        + " rows to %s%n", summary.files(), summary.accepted(), summary.acceptedWithWarnings(),
                summary.rejected(), summary.ledgerRows(), dir);
        return 0;
    }
}
