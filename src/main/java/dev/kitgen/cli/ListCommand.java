package dev.kitgen.cli;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Translation;
import dev.kitgen.validate.KitReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Lists the roles of the kits folder, their languages and how much of each is translated.")
final class ListCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    Sources sources;

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.verbose(sources.verbose);
        KitReader reader = new KitReader(sources.kitsFolder(context));
        Diagnostics diagnostics = new Diagnostics();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"ROLE", "LANGUAGES", "NAME"});
        for (String role : reader.roles()) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) {
                rows.add(new String[]{role, "(invalid: run 'kitgen validate " + role + "')", ""});
                continue;
            }
            KitBundle b = bundle.get();
            List<String> langs = new ArrayList<>();
            langs.add(b.kit().lang() + " (source)");
            int total = b.kit().texts().size();
            for (Translation t : b.translations().values()) {
                langs.add(t.lang() + " " + (total == 0 ? 100 : t.texts().size() * 100 / total) + "%");
            }
            rows.add(new String[]{role, String.join(", ", langs), b.kit().role().value()});
        }
        int w0 = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int w1 = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : rows) {
            context.out().println(String.format("%-" + w0 + "s  %-" + w1 + "s  %s", r[0], r[1], r[2]).stripTrailing());
        }
        return diagnostics.hasErrors() ? Cli.INVALID : Cli.OK;
    }
}
