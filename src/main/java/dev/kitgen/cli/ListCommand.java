package dev.kitgen.cli;

import dev.kitgen.diagnostics.UserText;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.usecase.i18n.TranslationStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

final class ListCommand implements Callable<Integer> {

    final Declaration declared = new Declaration(this, "list",
            "Lists the roles of the kits folder, their languages and how much of each is translated.");

    private final Context context;

    private final FolderOptions folders = new FolderOptions(declared);

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TranslationStatus.Result status = new TranslationStatus()
                .status(List.of(), folders.kitsFolder(context), folders.templateFolders(context));
        Map<String, List<String>> languages = new LinkedHashMap<>();
        for (TranslationCoverage c : status.rows()) {
            languages.computeIfAbsent(c.role(), r -> new ArrayList<>())
                    .add(c.lang() + (c.isSource() ? " (source)" : " " + c.percent() + "%"));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"ROLE", "LANGUAGES", "NAME"});
        languages.forEach((role, langs) -> rows.add(new String[]{role, String.join(", ", langs),
                UserText.quote(status.names().get(role))}));
        status.invalid().forEach(role -> rows.add(new String[]{role, "(invalid: run 'kitgen validate " + role + "')", ""}));
        Table.print(rows, context.out());
        return status.invalid().isEmpty() ? Cli.OK : Cli.INVALID;
    }
}
