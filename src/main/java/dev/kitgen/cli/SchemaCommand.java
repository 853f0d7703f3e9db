package dev.kitgen.cli;

import dev.kitgen.validate.KitSchema;

import java.util.concurrent.Callable;

final class SchemaCommand implements Callable<Integer> {

    final Declaration declared = new Declaration(this, "schema",
            "Prints the JSON Schema (draft 2020-12) of kit.yaml, or of a translation file.",
            "Editors use it for completion; kitgen ships both in templates/schema/.");

    private final Context context;

    private final Value<Boolean> translation = declared.option("--translation")
            .description("The schema of a translation file such as es.yaml.").flag();

    SchemaCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(translation.get() ? KitSchema.translation() : KitSchema.kit());
        return Cli.OK;
    }
}
