package dev.kitgen.cli;

import dev.kitgen.files.Folder;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.usecase.i18n.SkeletonRequest;
import dev.kitgen.usecase.i18n.TranslationSkeleton;
import dev.kitgen.usecase.i18n.TranslationStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "i18n", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Tools for translators: what is left to translate, and a file to translate it in.",
        subcommands = {I18nCommand.Status.class, I18nCommand.SkeletonCommand.class})
final class I18nCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an i18n command: status or skeleton");
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
            description = {"Shows, per role and language, how many texts are translated, missing and stale, "
                    + "and the fallback chain that fills the gaps."})
    static final class Status implements Callable<Integer> {
        private final Context context;

        @Parameters(paramLabel = "ROLE", arity = "0..*", completionCandidates = RoleCandidates.class,
                description = "Roles to report (default: every role).")
        List<String> roles = List.of();

        @Mixin
        FolderOptions folders;

        Status(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            TranslationStatus.Result result = new TranslationStatus()
                    .status(Arguments.roles(roles), folders.kitsFolder(context));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"ROLE", "LANG", "TRANSLATED", "MISSING", "STALE", "DONE", "FALLBACK"});
            for (TranslationCoverage c : result.rows()) {
                rows.add(new String[]{c.role(), c.lang().tag(), c.translated() + "/" + c.total(),
                        String.valueOf(c.missing().size()), String.valueOf(c.stale().size()), c.percent() + "%",
                        c.isSource() ? "(source)" : c.chainText()});
            }
            for (String role : result.invalid()) {
                rows.add(new String[]{role, "", "", "", "", "", "(invalid: run 'kitgen validate " + role + "')"});
            }
            Table.print(rows, context.out());
            return result.invalid().isEmpty() ? Cli.OK : Cli.INVALID;
        }
    }

    @Command(name = "skeleton", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
            description = {"Writes kits/ROLE/LANG.yaml with every text to translate, the source text above each "
                    + "as a comment.",
                    "When the file exists, only what it lacks is added; what is translated is kept."})
    static final class SkeletonCommand implements Callable<Integer> {
        private final Context context;

        @Parameters(paramLabel = "ROLE", completionCandidates = RoleCandidates.class, description = "The role to translate.")
        String role;

        @Option(names = {"-l", "--lang"}, required = true, paramLabel = "LANG",
                description = "The language to translate into, such as es or pt-BR.")
        String lang;

        @Mixin
        FolderOptions folders;

        @Mixin
        QuietOption quiet;

        SkeletonCommand(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Folder kits = folders.kitsFolder(context);
            TranslationSkeleton.Result result = new TranslationSkeleton().write(new SkeletonRequest(Arguments.role(role), Arguments.language(lang), kits,
                    folders.templateFolders(context)));
            String file = context.show(result.file());
            if (context.quiet()) return Cli.OK;
            if (result.added() == 0) {
                context.err().println(file + " already has every text of the kit; nothing to add");
            } else {
                context.out().println(file);
                context.err().println(Cli.count(result.added(), "text") + " to translate added, "
                        + result.kept() + " translated kept; see what is left with 'kitgen i18n status " + role + "'");
            }
            return Cli.OK;
        }
    }
}
