package dev.kitgen.cli;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.validate.KitReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Checks kits and their translations and reports every problem as FILE:LINE:COL: error|warning: MESSAGE.",
                "Exits 1 if any error is found (or any warning, with --strict)."})
final class ValidateCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "ROLE", arity = "0..*", description = "Roles to check (default: every role).")
    List<String> roles = List.of();

    @Option(names = "--strict", description = "Treat warnings (such as untranslated texts) as errors.")
    boolean strict;

    @Mixin
    Sources sources;

    ValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.verbose(sources.verbose);
        KitReader reader = new KitReader(sources.kitsFolder(context));
        List<String> names = roles.isEmpty() ? reader.roles() : roles;
        names.forEach(reader::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        int valid = 0;
        for (String role : names) {
            if (reader.read(role, diagnostics).isPresent()) valid++;
        }
        Cli.printDiagnostics(diagnostics.sorted(), context.err());
        boolean failed = diagnostics.hasErrors() || strict && !diagnostics.isEmpty();
        if (diagnostics.isEmpty()) {
            context.err().println(Cli.count(valid, "kit") + " checked, no problems");
        }
        return failed ? Cli.INVALID : Cli.OK;
    }
}
