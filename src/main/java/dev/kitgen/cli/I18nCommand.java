package dev.kitgen.cli;

import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.files.Folder;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.CatalogCoverage;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.Language;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.i18n.CatalogSkeleton;
import dev.kitgen.usecase.i18n.SkeletonRequest;
import dev.kitgen.usecase.i18n.TranslationSkeleton;
import dev.kitgen.usecase.i18n.TranslationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

final class I18nCommand implements Runnable {

    final Declaration declared = new Declaration(this, "i18n",
            "Tools for translators: what is left to translate, and a file to translate it in.");

    I18nCommand(Context context) {
        declared.subcommand(new Status(context).declared);
        declared.subcommand(new SkeletonCommand(context).declared);
    }

    @Override
    public void run() {
        throw declared.usageError("name an i18n command: status or skeleton");
    }

    static final class Status implements Callable<Integer> {

        final Declaration declared = new Declaration(this, "status", "Shows, per role and language, how many texts "
                + "are translated, missing and stale, and the fallback chain that fills the gaps.");

        private final Context context;

        private final Value<List<String>> roles = declared.positional("ROLE", "0..*").roles()
                .description("Roles to report (default: every role).").texts();

        private final FolderOptions folders = new FolderOptions(declared);

        Status(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Folder> templates = folders.templateFolders(context);
            TranslationStatus.Result result = new TranslationStatus()
                    .status(Arguments.roles(roles.get()), folders.kitsFolder(context), templates);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"ROLE", "LANG", "TRANSLATED", "MISSING", "STALE", "DONE", "FALLBACK", "UI"});
            for (TranslationCoverage c : result.rows()) {
                rows.add(new String[]{c.role(), c.lang().tag(), c.translated() + "/" + c.total(),
                        String.valueOf(c.missing().size()), String.valueOf(c.stale().size()), c.percent() + "%",
                        c.isSource() ? "(source)" : c.chainText(), result.catalogs().get(c.lang()).summary()});
            }
            for (String role : result.invalid()) {
                rows.add(new String[]{role, "", "", "", "", "", "(invalid: run 'kitgen validate " + role + "')", ""});
            }
            Table.print(rows, context.out());
            result.catalogs().values().forEach(c -> catalogNote(c, templates));
            return result.invalid().isEmpty() ? Cli.OK : Cli.INVALID;
        }

        /** What a language's UI lacks, and the command that starts the catalog to fill it in. */
        private void catalogNote(CatalogCoverage c, List<Folder> templates) {
            if (c.missing().isEmpty()) return;
            String file = Catalogs.userFile(c.lang(), templates);
            String start = "; 'kitgen i18n skeleton --catalog " + c.lang() + "' writes " + file + " to fill in";
            if (!c.exists()) {
                context.out().println("UI " + c.lang() + ": no catalog, headings and labels are in " + Catalog.BASE + start);
            } else {
                int shown = Math.min(5, c.missing().size());
                context.out().println("UI " + c.lang() + ": " + Cli.count(c.missing().size(), "message") + " in "
                        + Catalog.BASE + " (" + String.join(", ", c.missing().subList(0, shown))
                        + (shown < c.missing().size() ? ", …" : "") + ")" + start);
            }
        }
    }

    static final class SkeletonCommand implements Callable<Integer> {

        final Declaration declared = new Declaration(this, "skeleton",
                "Writes kits/ROLE/LANG.yaml with every text to translate, the source text above each as a comment.",
                "With --catalog LANG instead, writes templates/messages/LANG.yaml with every UI message "
                        + "(heading, label, duration) the language lacks, the English above each.",
                "When the file exists, only what it lacks is added; what is translated is kept.");

        private final Context context;

        private final Value<String> role = declared.positional("ROLE", "0..1").roles()
                .description("The role to translate.").text(null);

        private final Value<String> lang = declared.option("-l", "--lang").label("LANG")
                .description("The language to translate the role into, such as es or pt-BR.").text(null);

        private final Value<String> catalog = declared.option("--catalog").label("LANG")
                .description("Start (or complete) the UI catalog of a language instead, in your templates folder.")
                .text(null);

        private final FolderOptions folders = new FolderOptions(declared).andQuiet();

        SkeletonCommand(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String role = this.role.get();
            String lang = this.lang.get();
            if (catalog.get() != null) {
                if (role != null || lang != null) {
                    throw new UsageException("--catalog starts a UI catalog, which belongs to no role; leave out "
                            + (role != null ? "'" + role + "'" : "--lang") + ", or translate a kit with ROLE --lang LANG");
                }
                return catalog();
            }
            if (role == null || lang == null) {
                throw new UsageException("name the role and the language to translate it into, such as "
                        + "'kitgen i18n skeleton ml-engineer --lang pt-BR', or start a UI catalog with --catalog LANG");
            }
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

        private int catalog() {
            Language language = Arguments.language(catalog.get());
            CatalogSkeleton.Result result = new CatalogSkeleton().write(new CatalogSkeleton.Request(language,
                    folders.writableTemplatesFolder(context), folders.templateFolders(context)));
            String file = context.show(result.file());
            if (context.quiet()) return Cli.OK;
            if (result.added() == 0) {
                context.err().println("'" + language + "' already has every UI message along "
                        + String.join(" → ", Catalog.chain(language).stream().map(Language::tag).toList())
                        + "; nothing to add" + (result.kept() > 0 ? " to " + file : ""));
            } else {
                context.out().println(file);
                context.err().println(Cli.count(result.added(), "message") + " to translate added, "
                        + result.kept() + " translated kept; render with --lang " + language
                        + " to see them, and 'kitgen i18n status' shows what is left");
            }
            return Cli.OK;
        }
    }
}
