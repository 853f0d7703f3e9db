package dev.kitgen.cli;

import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.files.Watcher;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Paper;
import dev.kitgen.render.pdf.PdfConverter;
import dev.kitgen.usecase.render.Progress;
import dev.kitgen.usecase.render.RenderPipeline;
import dev.kitgen.usecase.render.RenderRequest;
import dev.kitgen.usecase.render.RenderResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

final class RenderCommand implements Callable<Integer> {

    /** What {@code --doc} accepts: a document, or all of them. */
    enum DocChoice {
        guide, scorecard, packet, candidate, all;

        Set<Doc> docs() {
            return this == all ? EnumSet.allOf(Doc.class) : EnumSet.of(Doc.valueOf(name().toUpperCase(Locale.ROOT)));
        }
    }

    /** How problems are printed. */
    enum ProblemFormat { text, github }

    final Declaration declared = new Declaration(this, "render",
            "Renders interviewer guides, scorecards and hiring packets as Markdown, HTML or PDF.",
            "Files land at OUT/ROLE/LANG/guide.EXT, OUT/ROLE/LANG/scorecard-STAGE.EXT, OUT/ROLE/LANG/packet.EXT "
                    + "and OUT/ROLE/LANG/candidate.EXT;",
            "with --track or --level, the track and level come before the extension: guide.sales.senior.EXT.",
            "PDFs record the date in SOURCE_DATE_EPOCH when it is set, and no date otherwise.");

    private final Context context;
    /** Renders; --watch renders through one pipeline, which keeps the compiled templates from render to render. */
    private RenderPipeline pipeline = new RenderPipeline();

    RenderCommand(Context context) {
        this.context = context;
    }

    private final Value<List<String>> roles = declared.positional("ROLE", "0..*").roles()
            .description("Roles to render, such as ml-engineer.").texts();

    private final Value<Boolean> all = declared.option("--all").description("Render every role of the kits folder, on "
            + "all cores. A broken kit is reported and the others are still written (exit code 1). Prints a summary "
            + "instead of the list of files.").flag();

    private final Value<List<String>> langs = declared.option("-l", "--lang").label("LANG").commaSeparated()
            .description("Languages, such as es or es,en (default: every language the kit has).").texts();
    private final PathOptions path = new PathOptions(declared);

    private final Value<DocChoice> doc = declared.option("-d", "--doc").label("DOC").description("guide, scorecard, "
            + "packet (the guide and every scorecard in one document), candidate (the candidate's sheet of the steps "
            + "ahead) or all (default: ${DEFAULT-VALUE}).").choice(DocChoice.class, DocChoice.all, "a document");

    private final Value<List<Format>> formats = declared.option("-f", "--format").label("FORMAT").commaSeparated()
            .description("md, html, pdf, or several, such as md,html,pdf (default: md,html; with --all, all three).")
            .choices(Format.class, "a format");

    private final Value<Path> out = declared.option("-o", "--out").label("DIR")
            .description("Output folder (default: ${DEFAULT-VALUE}).").path(Path.of("out"));
    private final Value<Boolean> stdout = declared.option("--stdout")
            .description("Print the one document asked for instead of writing files (not for pdf).").flag();

    private final Value<Paper> paper = declared.option("--paper").label("SIZE").description("Paper of PDFs and printed "
            + "HTML: a4 or letter (default: ${DEFAULT-VALUE}).").choice(Paper.class, Paper.A4, "a paper size");

    private final Value<Boolean> fillable = declared.option("--fillable").description("Give PDF scorecards form fields "
            + "to fill in on screen: candidate, interviewer, date, a rating per criterion, evidence, the recommendation "
            + "and notes.").flag();

    private final Value<Boolean> strict = declared.option("--strict").description("Count warnings, such as texts or UI "
            + "messages a language lacks, as errors: a kit with one is not written, nor any document in a language "
            + "without a UI catalog.").flag();

    private final Value<ProblemFormat> problems = declared.option("--problems").label("STYLE").description("text (lines "
            + "on stderr, for people and problem matchers) or github (GitHub Actions annotations, as workflow commands "
            + "on stdout); default: ${DEFAULT-VALUE}.")
            .choice(ProblemFormat.class, ProblemFormat.text, "a way to print problems");

    private final Value<Boolean> watch = declared.option("--watch").description("After rendering, render again "
            + "whenever a kit, translation or template file changes, until interrupted (Ctrl-C).").flag();

    private final FolderOptions folders = new FolderOptions(declared).andQuiet();

    @Override
    public Integer call() {
        context.annotations(problems.get() == ProblemFormat.github);
        RenderRequest request = request();
        return watch.get() ? watch(request) : renderAndReport(request);
    }

    /** The request the options make, once their combinations are checked. */
    private RenderRequest request() {
        List<String> roles = this.roles.get();
        boolean all = this.all.get();
        boolean stdout = this.stdout.get();
        Path out = this.out.get();
        Set<Doc> docs = doc.get().docs();
        if (roles.isEmpty() && !all) {
            throw new UsageException("name a role to render, such as 'kitgen render ml-engineer', or use --all");
        }
        if (!roles.isEmpty() && all) {
            String named = String.join(" ", roles.stream().map(UserText::quote).toList());
            throw new UsageException("--all renders every role, so " + named + " would be ignored; use either "
                    + "'kitgen render " + named + "' or 'kitgen render --all'");
        }
        // A batch run renders everything; a run for one role stays quick unless PDFs are asked for.
        // The launcher (src/main/sh/kitgen) picks its archive by this rule too: LauncherTest.
        Set<Format> chosen = formats.get() != null ? EnumSet.copyOf(formats.get())
                : all ? EnumSet.allOf(Format.class) : EnumSet.of(Format.MD, Format.HTML);
        if (stdout && chosen.stream().anyMatch(Format::converted)) {
            throw new UsageException("--stdout prints text, and a PDF is not text; write PDFs to files with --out DIR");
        }
        if (stdout && watch.get()) {
            throw new UsageException("--watch writes files; leave out --stdout");
        }
        if (fillable.get() && (!chosen.contains(Format.PDF) || !docs.contains(Doc.SCORECARD))) {
            throw new UsageException("--fillable adds form fields to PDF scorecards; ask for them with --doc scorecard "
                    + "(or all) and --format pdf");
        }
        if (out.toString().isBlank()) {
            // An unset variable ('--out "$DIR"') would otherwise write into the working folder.
            throw new UsageException("--out '" + out + "' names no folder; name the folder to write into, "
                    + "such as --out out, or --out . for the working folder");
        }
        Path outFolder = context.cwd().resolve(out);
        if (!stdout && Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
            throw new UsageException("--out " + out + " is a file, not a folder; name a folder to write into");
        }
        return new RenderRequest(Arguments.roles(roles), all, Arguments.languages(langs.get()), docs, chosen, outFolder,
                stdout, folders.kitsFolder(context), folders.templateFolders(context), paper.get(), sourceDate(),
                fillable.get(), strict.get(), path.path());
    }

    /** Renders, prints what was written (or, with --all, a summary) and returns the exit code. */
    private int renderAndReport(RenderRequest request) {
        long started = System.nanoTime();
        boolean progress = all.get() && context.terminal() && !context.quiet();
        RenderResult result = pipeline.render(request, progress ? new ProgressLine(context.err()) : Progress.NONE);
        Cli.printDiagnostics(result.diagnostics(), context);
        for (Path p : result.skipped()) {
            context.err().println("kitgen: not written: " + context.show(p));
        }
        if (stdout.get()) {
            context.out().print(result.stdout());
        } else if (context.quiet()) {
            // Problems only: they are printed above.
        } else if (all.get()) {
            // A batch run (CI) gets one line, not a list of every file.
            String skipped = result.skipped().isEmpty() ? ""
                    : "; " + result.skipped().size() + " not written (listed above)";
            context.err().printf(Locale.ROOT, "kitgen: wrote %s in %.1f s%s%n",
                    Cli.count(result.written().size(), "file"), (System.nanoTime() - started) / 1e9, skipped);
        } else {
            // One path a line and nothing else, so that the list pipes into other tools.
            for (Path p : result.written()) {
                context.out().println(context.show(p));
            }
        }
        context.out().flush();
        return result.diagnostics().stream().anyMatch(d -> d.isError()) ? Cli.INVALID : Cli.OK;
    }

    /**
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC), the date PDFs record; none when it is not
     * set. A date a PDF cannot hold is refused, whatever the formats asked for, as a date that is no number is.
     */
    private Instant sourceDate() {
        String epoch = context.env("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) return null;
        long seconds;
        try {
            seconds = Long.parseLong(epoch.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("SOURCE_DATE_EPOCH='" + epoch + "' is not a number of seconds since 1970-01-01 UTC");
        }
        if (seconds < PdfConverter.FIRST_DATE || seconds > PdfConverter.LAST_DATE) {
            throw new UsageException("SOURCE_DATE_EPOCH='" + epoch + "' is not a date a PDF can record: give seconds since "
                    + "1970-01-01 UTC from " + PdfConverter.FIRST_DATE + " (1970-01-01) to " + PdfConverter.LAST_DATE
                    + " (9999-12-31 23:59:59), such as $(git log -1 --format=%ct)");
        }
        return Instant.ofEpochSecond(seconds);
    }

    /**
     * Renders, then again on every change, until interrupted. A kit that turns invalid is
     * reported and watched on: the hiring lead fixes it and saves again.
     */
    private int watch(RenderRequest request) {
        List<Path> folders = new java.util.ArrayList<>();
        if (!request.kits().builtIn()) folders.add(request.kits().root());
        request.templates().stream().filter(f -> !f.builtIn()).forEach(f -> folders.add(f.root()));
        try (Watcher watcher = new Watcher(folders)) {
            if (!watcher.watchesAnything()) {
                throw new UsageException("--watch has nothing to watch: the built-in kits and "
                        + "templates do not change; work in a folder with ./kits, or pass --kits DIR");
            }
            renderReporting(request);
            while (true) {
                List<Path> changed = watcher.awaitChange();
                context.err().println("changed: " + changed.stream().map(p -> context.show(p))
                        .collect(java.util.stream.Collectors.joining(", ")));
                // One role's kit or translation renders that role again; a template or a catalog, everything.
                // What the pipeline keeps from the last render (compiled templates, catalogs) is
                // stale once anything but a role's own files changed.
                if (!request.onlyKitsIn(changed)) pipeline = new RenderPipeline();
                request.affectedBy(changed).ifPresentOrElse(this::renderReporting, this::reportWatching);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.OK;
        }
    }

    private void renderReporting(RenderRequest request) {
        try {
            renderAndReport(request);
        } catch (KitgenException e) {
            Cli.printDiagnostics(e.diagnostics(), context);
        } catch (UsageException e) {
            // A role renamed away or a branch switched mid-edit: say so and keep watching.
            context.err().println("kitgen: error: " + UserText.escape(e.getMessage()));
        }
        reportWatching();
    }

    private void reportWatching() {
        context.err().println("watching for changes (Ctrl-C to stop)");
        context.err().flush();
    }
}
