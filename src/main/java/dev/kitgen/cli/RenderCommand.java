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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Renders interviewer guides, scorecards and hiring packets as Markdown, HTML or PDF.",
                "Files land at OUT/ROLE/LANG/guide.EXT, OUT/ROLE/LANG/scorecard-STAGE.EXT, OUT/ROLE/LANG/packet.EXT "
                        + "and OUT/ROLE/LANG/candidate.EXT;",
                "with --track or --level, the track and level come before the extension: guide.sales.senior.EXT.",
                "PDFs record the date in SOURCE_DATE_EPOCH when it is set, and no date otherwise."})
final class RenderCommand implements Callable<Integer> {

    /** What {@code --doc} accepts: a document, or all of them. */
    enum DocChoice {
        guide, scorecard, packet, candidate, all;

        Set<Doc> docs() {
            return this == all ? EnumSet.allOf(Doc.class) : EnumSet.of(Doc.valueOf(name().toUpperCase(Locale.ROOT)));
        }
    }

    private final Context context;
    /** Renders; --watch renders through one pipeline, which keeps the compiled templates from render to render. */
    private RenderPipeline pipeline = new RenderPipeline();

    RenderCommand(Context context) {
        this.context = context;
    }

    @Parameters(paramLabel = "ROLE", arity = "0..*", completionCandidates = RoleCandidates.class, description = "Roles to render, such as ml-engineer.")
    List<String> roles = List.of();

    @Option(names = "--all", description = {"Render every role of the kits folder, on all cores. A broken kit is reported "
            + "and the others are still written (exit code 1). Prints a summary instead of the list of files."})
    boolean all;

    @Option(names = {"-l", "--lang"}, split = ",", paramLabel = "LANG",
            description = "Languages, such as es or es,en (default: every language the kit has).")
    List<String> langs = List.of();

    @Mixin
    PathOptions path;

    @Option(names = {"-d", "--doc"}, paramLabel = "DOC",
            description = "guide, scorecard, packet (the guide and every scorecard in one document), candidate (the "
                    + "candidate's sheet of the steps ahead) or all (default: ${DEFAULT-VALUE}).")
    DocChoice doc = DocChoice.all;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "md, html, pdf, or several, such as md,html,pdf (default: md,html; with --all, all three).")
    List<Format> formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--stdout", description = "Print the one document asked for instead of writing files (not for pdf).")
    boolean stdout;

    @Option(names = "--paper", paramLabel = "SIZE", description = "Paper of PDFs and printed HTML: a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper = Paper.A4;

    @Option(names = "--fillable", description = "Give PDF scorecards form fields to fill in on screen: candidate, "
            + "interviewer, date, a rating per criterion, evidence, the recommendation and notes.")
    boolean fillable;

    @Option(names = "--strict", description = {"Count warnings, such as texts or UI messages a language lacks, as "
            + "errors: a kit with one is not written, nor any document in a language without a UI catalog."})
    boolean strict;

    @Option(names = "--problems", paramLabel = "STYLE", description = "text (lines on stderr, for people and "
            + "problem matchers) or github (GitHub Actions annotations, as workflow commands on stdout); "
            + "default: ${DEFAULT-VALUE}.")
    ProblemFormat problems = ProblemFormat.text;

    /** How problems are printed. */
    enum ProblemFormat { text, github }

    @Option(names = "--watch", description = "After rendering, render again whenever a kit, translation or template "
            + "file changes, until interrupted (Ctrl-C).")
    boolean watch;

    @Mixin
    FolderOptions folders;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() {
        context.annotations(problems == ProblemFormat.github);
        RenderRequest request = request();
        return watch ? watch(request) : renderAndReport(request);
    }

    /** The request the options make, once their combinations are checked. */
    private RenderRequest request() {
        if (roles.isEmpty() && !all) {
            throw new UsageException("name a role to render, such as 'kitgen render ml-engineer', or use --all");
        }
        if (!roles.isEmpty() && all) {
            String named = String.join(" ", roles.stream().map(UserText::quote).toList());
            throw new UsageException("--all renders every role, so " + named + " would be ignored; use either "
                    + "'kitgen render " + named + "' or 'kitgen render --all'");
        }
        // A batch run renders everything; a run for one role stays quick unless PDFs are asked for.
        Set<Format> chosen = formats != null ? EnumSet.copyOf(formats)
                : all ? EnumSet.allOf(Format.class) : EnumSet.of(Format.MD, Format.HTML);
        if (stdout && chosen.stream().anyMatch(Format::converted)) {
            throw new UsageException("--stdout prints text, and a PDF is not text; write PDFs to files with --out DIR");
        }
        if (stdout && watch) {
            throw new UsageException("--watch writes files; leave out --stdout");
        }
        if (fillable && (!chosen.contains(Format.PDF) || !doc.docs().contains(Doc.SCORECARD))) {
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
        return new RenderRequest(Arguments.roles(roles), all, Arguments.languages(langs), doc.docs(), chosen, outFolder, stdout,
                folders.kitsFolder(context), folders.templateFolders(context), paper, sourceDate(), fillable, strict,
                path.path());
    }

    /** Renders, prints what was written (or, with --all, a summary) and returns the exit code. */
    private int renderAndReport(RenderRequest request) {
        long started = System.nanoTime();
        boolean progress = all && context.terminal() && !context.quiet();
        RenderResult result = pipeline.render(request, progress ? new ProgressLine(context.err()) : Progress.NONE);
        Cli.printDiagnostics(result.diagnostics(), context);
        for (Path p : result.skipped()) {
            context.err().println("kitgen: not written: " + context.show(p));
        }
        if (stdout) {
            context.out().print(result.stdout());
        } else if (context.quiet()) {
            // Problems only: they are printed above.
        } else if (all) {
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
