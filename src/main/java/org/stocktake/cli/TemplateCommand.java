package org.stocktake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.standard.Period;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.template.ReturnTemplate;
import org.stocktake.template.TemplateException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the return template for an area and period, pre-filled from the register:"
                + " templates/<area>-<period>.xlsx under --out.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--area", required = true, paramLabel = "CODE",
            description = "The area's ONS GSS code, such as E08000025.")
    String area;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period, such as 2012-13 Q3.")
    Period period;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            // The register in force: changed reference files are loaded first, as every command does.
            new PeriodJobs(context, common, spec.commandLine().getOut()).loadReference();
            Path written = ReturnTemplate.write(context.getBean(ReferenceStore.class).register(), area, period,
                    common.out);
            spec.commandLine().getOut().println("Template for " + area + " " + period + ": " + written);
            return 0;
        } catch (TemplateException e) {
            spec.commandLine().getErr().println("stocktake: template: " + e.getMessage());
            return 1;
        }
    }
}
