package dev.kitgen.cli;

import dev.kitgen.validate.KitSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Prints the JSON Schema (draft 2020-12) of kit.yaml, or of a translation file.",
                "Editors use it for completion; kitgen ships both in templates/schema/."})
final class SchemaCommand implements Callable<Integer> {

    private final Context context;

    @Option(names = "--translation", description = "The schema of a translation file such as es.yaml.")
    boolean translation;

    SchemaCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(translation ? KitSchema.translation() : KitSchema.kit());
        return Cli.OK;
    }
}
