package dev.kitgen.cli;

import dev.kitgen.pipeline.Pipeline;
import dev.kitgen.pipeline.RenderRequest;
import dev.kitgen.pipeline.RenderResult;
import dev.kitgen.pipeline.Watcher;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Renders interviewer guides and scorecards.",
                "Files land at OUT/ROLE/LANG/guide.EXT and OUT/ROLE/LANG/scorecard-STAGE.EXT."})
final class RenderCommand implements Callable<Integer> {

    /** What {@code --doc} accepts: a document, or all of them. */
    enum DocChoice {
        guide, scorecard, all;

        Set<Doc> docs() {
            return this == all ? EnumSet.allOf(Doc.class) : EnumSet.of(Doc.valueOf(name().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    private final Context context;

    @Parameters(paramLabel = "ROLE", arity = "0..*", completionCandidates = RoleCandidates.class, description = "Roles to render, such as ml-engineer.")
    List<String> roles = List.of();

    @Option(names = "--all", description = "Render every role of the kits folder.")
    boolean all;

    @Option(names = {"-l", "--lang"}, split = ",", paramLabel = "LANG",
            description = "Languages, such as es or es,en (default: every language the kit has).")
    List<String> langs = List.of();

    @Option(names = {"-d", "--doc"}, paramLabel = "DOC", description = "guide, scorecard or all (default: ${DEFAULT-VALUE}).")
    DocChoice doc = DocChoice.all;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "md, html or both, such as md,html (default: md,html).", converter = FormatConverter.class)
    List<Format> formats = List.of(Format.MD, Format.HTML);

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--stdout", description = "Print the one document asked for instead of writing files.")
    boolean stdout;

    @Option(names = "--watch", description = "After rendering, render again whenever a kit, translation or template "
            + "file changes, until interrupted (Ctrl-C).")
    boolean watch;

    @Mixin
    Sources sources;

    RenderCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.verbose(sources.verbose);
        if (roles.isEmpty() && !all) {
            throw new dev.kitgen.diagnostics.UsageException("name a role to render, such as 'kitgen render ml-engineer', or use --all");
        }
        RenderRequest request = new RenderRequest(roles, all, langs, doc.docs(), EnumSet.copyOf(formats),
                context.cwd().resolve(out), stdout, sources.kitsFolder(context), sources.templateFolders(context));
        if (watch) {
            return watch(request);
        }
        print(new Pipeline().render(request));
        return Cli.OK;
    }

    private void print(RenderResult result) {
        Cli.printDiagnostics(result.diagnostics(), context.err());
        if (stdout) {
            context.out().print(result.stdout());
        } else {
            for (Path p : result.written()) {
                context.out().println("wrote " + Sources.show(p, context));
            }
        }
        context.out().flush();
    }

    /**
     * Renders, then again on every change, until interrupted. A kit that turns invalid is
     * reported and watched on: the hiring lead fixes it and saves again.
     */
    private int watch(RenderRequest request) {
        if (stdout) {
            throw new dev.kitgen.diagnostics.UsageException("--watch writes files; leave out --stdout");
        }
        List<Path> folders = new java.util.ArrayList<>();
        if (!request.kits().builtIn()) folders.add(request.kits().root());
        request.templates().stream().filter(f -> !f.builtIn()).forEach(f -> folders.add(f.root()));
        try (Watcher watcher = new Watcher(folders)) {
            if (!watcher.watchesAnything()) {
                throw new dev.kitgen.diagnostics.UsageException("--watch has nothing to watch: the built-in kits and "
                        + "templates do not change; work in a folder with ./kits, or pass --kits DIR");
            }
            renderReporting(request);
            while (true) {
                List<Path> changed = watcher.awaitChange();
                context.err().println("changed: " + changed.stream().map(p -> Sources.show(p, context))
                        .collect(java.util.stream.Collectors.joining(", ")));
                renderReporting(request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.OK;
        }
    }

    private void renderReporting(RenderRequest request) {
        try {
            print(new Pipeline().render(request));
        } catch (dev.kitgen.diagnostics.KitgenException e) {
            Cli.printDiagnostics(e.diagnostics(), context.err());
        }
        context.err().println("watching for changes (Ctrl-C to stop)");
        context.err().flush();
    }


    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format; use md or html");
            }
        }
    }
}
