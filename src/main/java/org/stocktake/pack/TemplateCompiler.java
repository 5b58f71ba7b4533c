package org.stocktake.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the pack's {@code .jrxml} templates to {@code .jasper} at build time (Maven's process-classes phase),
 * so that a run loads ready reports instead of spending seconds compiling them.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** Arguments: the folder of {@code .jrxml} files, the folder to write {@code .jasper} files to. */
    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Files.createDirectories(Path.of(args[1]));
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        JasperCompileManager compiler = JasperCompileManager.getInstance(Templates.CONTEXT);
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            compiler.compileToFile(jrxml.toString(), target.resolve(name).toString());
        }
        System.out.println("Compiled " + templates.size() + " report templates to " + target);
    }
}
