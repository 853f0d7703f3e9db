package dev.kitgen.usecase.render;

import dev.kitgen.Version;
import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.files.Folder;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.load.KitFiles;
import dev.kitgen.load.KitVersion;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.Localizer;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.KitPath;
import dev.kitgen.model.Language;
import dev.kitgen.model.Level;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.Stage;
import dev.kitgen.model.StageKind;
import dev.kitgen.model.Track;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Renderer;
import dev.kitgen.render.Templates;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;
import dev.kitgen.usecase.Unprintable;
import dev.kitgen.validate.Suggest;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A render, in three steps: plan (read and validate the kits, localize each into its languages,
 * compile the templates, and make one job per document and format), run the jobs on all cores,
 * and deliver what they made (written to the out folder all at once, or printed). A pipeline
 * renders one request at a time.
 */
public final class RenderPipeline {

    private static final String GENERATOR = "kitgen " + Version.get();

    /** What a render will do: its jobs, the problems found while planning them, and the renderer the jobs share. */
    private record Plan(List<Job> jobs, Diagnostics diagnostics, Renderer renderer) {}

    /*
     * What a pipeline keeps from one render to the next (render --watch renders through one
     * pipeline): the compiled templates and the UI catalogs, read from the templates folders that
     * key them. Only a change in those folders makes them stale, and whoever sees one (the watch)
     * renders through a new pipeline. The kits are read again on every render.
     */
    private List<Folder> templateFolders;
    private Templates templates;
    /** The languages the templates folders have a catalog for, listed when first asked (null until then). */
    private List<Language> shipped;
    private final Map<Language, LoadedCatalog> catalogs = new HashMap<>();

    /** A UI catalog as loaded, with the problems loading it found, which every render reports again. */
    private record LoadedCatalog(Catalog catalog, List<Diagnostic> problems) {}

    public RenderResult render(RenderRequest request) {
        return render(request, Progress.NONE);
    }

    /**
     * Renders every document the request asks for, on all cores. A kit that is invalid, or whose
     * documents fail to render, is reported and left out; the others are still written, and the
     * result carries the errors. Only when no kit renders at all does the run fail as a whole.
     */
    public RenderResult render(RenderRequest request, Progress progress) {
        Plan plan = plan(request);
        List<Rendered> rendered;
        try {
            rendered = Jobs.run(plan.jobs(), Jobs.parallelism(plan.jobs()), progress);
        } finally {
            // A run stopped before its packets ran leaves their parts' documents open; a run that
            // ends as planned has closed them all already, and this does nothing.
            plan.renderer().closeParts();
        }
        return deliver(request, rendered, plan.diagnostics());
    }

    private Plan plan(RenderRequest request) {
        Kits kits = new Kits(request.kits());
        List<RoleId> roles = request.allRoles() ? kits.roles() : request.roles();
        roles.forEach(kits::requireRole);
        if (roles.isEmpty()) {
            throw new UsageException("no roles to render in " + request.kits().describe());
        }
        Diagnostics diagnostics = new Diagnostics();
        Templates templates = templatesOf(request.templates());
        Renderer renderer = new Renderer(templates, GENERATOR, request.date(), request.paper());
        RunCatalogs catalogs = new RunCatalogs(request, diagnostics);
        List<Job> jobs = new ArrayList<>();
        for (RoleId role : roles) {
            Diagnostics mine = new Diagnostics();
            List<Job> kitJobs = stoppingRun(diagnostics, mine, () -> planKit(role, kits, catalogs, renderer, request, mine));
            if (request.strict() && mine.sorted().stream().anyMatch(d -> !d.isError())) {
                // --strict: a warning stops its kit as an error would.
                mine.sorted().forEach(d -> diagnostics.add(Diagnostic.error(d.location(), d.message())));
                continue;
            }
            diagnostics.addAll(mine);
            jobs.addAll(kitJobs);
        }
        // Compiled once here, the templates are then shared read-only by every thread. A broken
        // template stops the run, with the kits' problems found so far.
        stoppingRun(diagnostics, new Diagnostics(), () -> {
            jobs.forEach(job -> templates.compile(job.doc(), job.format()));
            return null;
        });
        if (request.stdout() && jobs.size() > 1) throw notOneDocument(jobs.size());
        return new Plan(jobs, diagnostics, renderer);
    }

    /** The templates of {@code folders}, compiled as documents ask for them; kept while the folders stay the same. */
    private Templates templatesOf(List<Folder> folders) {
        if (!folders.equals(templateFolders)) {
            templateFolders = folders;
            templates = new Templates(folders);
            shipped = null;
            catalogs.clear();
        }
        return templates;
    }

    /** The jobs of one role in every language it is rendered in; its problems go to {@code diagnostics}. */
    private static List<Job> planKit(RoleId role, Kits kits, RunCatalogs catalogs, Renderer renderer,
                                     RenderRequest request, Diagnostics diagnostics) {
        KitVersion asked = kits.askVersion(role);
        // Only the translations the languages asked for read: another language's file is not this render's business.
        Optional<KitBundle> read = kits.read(role, lang -> request.langs().isEmpty()
                || request.langs().stream().anyMatch(wanted -> wanted.fallsBackTo(lang)), diagnostics);
        if (read.isEmpty() || !onPath(read.get(), request, diagnostics, kits)) return List.of();
        // The documents show the path asked for; the translations are checked against the whole kit.
        Optional<KitBundle> bundle = read.map(b -> new KitBundle(b.kit().forPath(request.path()), b.translations()));
        String version = kits.version(asked, read.get());
        List<Job> jobs = new ArrayList<>();
        Unprintable unprintable = new Unprintable(renderer, diagnostics);
        for (Language lang : languages(bundle.get(), request, kits, catalogs, diagnostics)) {
            Optional<Catalog> catalog = catalogs.of(lang);
            if (catalog.isEmpty()) continue;
            TranslationCoverage.of(read.get(), lang).reportMissing(read.get(), kits.folder()::show, diagnostics);
            if (request.formats().contains(Format.PDF)) unprintable.check(kits, bundle.get(), lang);
            jobs.addAll(jobs(bundle.get(), lang, new Localizer(bundle.get(), catalog.get(), GENERATOR, version),
                    renderer, request, kits));
        }
        return jobs;
    }

    /**
     * Runs {@code step}; if it fails with a user's mistake (a broken catalog or template), the run
     * stops with that and every problem found so far, those of the run and those of its current kit.
     */
    private static <T> T stoppingRun(Diagnostics diagnostics, Diagnostics current, Supplier<T> step) {
        try {
            return step.get();
        } catch (KitgenException e) {
            diagnostics.addAll(current);
            e.diagnostics().forEach(diagnostics::add);
            throw new KitgenException(diagnostics.sorted());
        }
    }

    /**
     * The UI catalogs of a run, each loaded once, the first time a kit asks for its language.
     * Their problems (a language without a catalog) concern the run, not one kit: they are
     * reported once, and with --strict as errors, after which the language is not rendered.
     */
    private final class RunCatalogs {
        private final RenderRequest request;
        private final Diagnostics run;
        private final Map<Language, Optional<Catalog>> loaded = new HashMap<>();

        RunCatalogs(RenderRequest request, Diagnostics run) {
            this.request = request;
            this.run = run;
        }

        /** Whether kitgen can label documents in {@code lang}: a catalog of it, or of a parent, exists. */
        boolean has(Language lang) {
            // Listed only when a language the kit has no translation for is asked: in a jar, a listing goes through every entry.
            if (shipped == null) shipped = CatalogFiles.languages(templateFolders);
            return Catalog.hasOwn(lang, shipped);
        }

        Optional<Catalog> of(Language lang) {
            Optional<Catalog> known = loaded.get(lang);
            if (known != null) return known;
            LoadedCatalog catalog = catalogs.computeIfAbsent(lang, l -> {
                Diagnostics mine = new Diagnostics();
                return new LoadedCatalog(Catalogs.load(l, request.templates(), mine), mine.sorted());
            });
            boolean refused = request.strict() && !catalog.problems().isEmpty();
            catalog.problems().forEach(d -> run.add(request.strict() ? Diagnostic.error(d.location(), d.message()) : d));
            Optional<Catalog> result = refused ? Optional.empty() : Optional.of(catalog.catalog());
            loaded.put(lang, result);
            return result;
        }
    }

    private static UsageException notOneDocument(int documents) {
        return new UsageException("--stdout prints one document, but this request makes " + documents
                + "; narrow it with one role, --lang, --doc and --format");
    }

    /**
     * Writes (or, with {@code --stdout}, prints) every document that rendered. A document that
     * failed is reported and not written (its previous version stays); the others are written.
     */
    private static RenderResult deliver(RenderRequest request, List<Rendered> rendered, Diagnostics diagnostics) {
        Set<Diagnostic> problems = new LinkedHashSet<>();
        List<Path> skipped = new ArrayList<>();
        List<OutputFile> outputs = new ArrayList<>();
        for (Rendered r : rendered) {
            if (r.problems().isEmpty()) {
                outputs.add(r.output());
            } else {
                problems.addAll(r.problems());
                skipped.add(request.out().resolve(r.job().path()));
            }
        }
        problems.forEach(diagnostics::add);
        if (diagnostics.hasErrors() && (outputs.isEmpty() || request.stdout())) {
            throw new KitgenException(diagnostics.sorted());
        }
        if (request.stdout()) {
            if (outputs.size() != 1) throw notOneDocument(outputs.size());
            return new RenderResult(List.of(), List.of(), new String(outputs.get(0).bytes(), StandardCharsets.UTF_8),
                    diagnostics.sorted());
        }
        try {
            List<Path> written = new OutputWriter(request.out()).write(outputs);
            return new RenderResult(written, skipped, "", diagnostics.sorted());
        } catch (IOException e) {
            throw new KitgenException(Location.ofFile(request.out().toString()),
                    "cannot write the documents: " + IoMessages.describe(e) + "; the out folder is as it was");
        }
    }

    /**
     * The languages asked for, checked against those the kit has (directly or by fallback:
     * es-MX → es) and those kitgen has a UI catalog for: a kit renders in a language it has no
     * translation for, its texts falling back, when the headings can be in that language. A
     * named role without either is a usage error; with --all, the kit is rendered in the others
     * asked for, and the rest is a warning.
     */
    private static List<Language> languages(KitBundle bundle, RenderRequest request, Kits kits, RunCatalogs catalogs,
                                            Diagnostics diagnostics) {
        if (request.langs().isEmpty()) return bundle.languages();
        List<Language> present = new ArrayList<>();
        for (Language lang : request.langs()) {
            if (bundle.covers(lang) || catalogs.has(lang)) {
                present.add(lang);
                continue;
            }
            RoleId role = RoleId.of(bundle.kit().id());
            String problem = "kit '" + role + "' has no '" + lang + "' translation, and kitgen has no UI catalog for '"
                    + lang + "'; the kit has " + String.join(", ", kits.languages(bundle.kit()).stream().map(Language::tag).toList())
                    + ". Add " + kits.show(role, lang + ".yaml") + " to translate it ('kitgen i18n skeleton " + role
                    + " --lang " + lang + "' starts one), or " + Catalogs.userFile(lang, request.templates())
                    + " for headings in '" + lang + "' over the kit's own texts ('kitgen i18n skeleton --catalog "
                    + lang + "' starts one)";
            if (!request.allRoles()) throw new UsageException(problem);
            diagnostics.warning(Location.ofFile(kits.show(role, KitFiles.KIT_FILE)), problem);
        }
        return present;
    }

    /**
     * Whether the kit has the track and level asked for. A named role without one is a usage
     * error that lists those it has; with --all, the kit is left out with a warning.
     */
    private static boolean onPath(KitBundle bundle, RenderRequest request, Diagnostics diagnostics, Kits kits) {
        KitPath path = request.path();
        List<String> tracks = bundle.kit().tracks().stream().map(Track::id).toList();
        List<String> levels = bundle.kit().levels().stream().map(Level::id).toList();
        String problem = unknown("track", path.track(), tracks, bundle);
        if (problem.isEmpty()) problem = unknown("level", path.level(), levels, bundle);
        if (problem.isEmpty()) return true;
        if (!request.allRoles()) throw new UsageException(problem);
        RoleId role = RoleId.of(bundle.kit().id());
        diagnostics.warning(Location.ofFile(kits.show(role, KitFiles.KIT_FILE)), problem + "; it is not rendered");
        return false;
    }

    private static String unknown(String what, String id, List<String> known, KitBundle bundle) {
        if (id.isEmpty() || known.contains(id)) return "";
        String kit = "kit '" + bundle.kit().id() + "'";
        if (known.isEmpty()) {
            return "--" + what + " " + UserText.quote(id) + ": " + kit + " has no " + what + "s; leave out --" + what;
        }
        return "--" + what + " " + UserText.quote(id) + ": " + kit + " has no " + what + " '" + UserText.quote(id) + "'"
                + Suggest.hint(id, known) + "; its " + what + "s are " + String.join(", ", known);
    }

    /**
     * One job a document in a format: each scorecard is its own job, so that they spread over the
     * cores. A PDF packet is joined from the PDFs of its guide and scorecards, each made once for
     * the run, whether for its own file, for the packet, or both.
     */
    private static List<Job> jobs(KitBundle bundle, Language lang, Localizer localizer, Renderer renderer,
                                  RenderRequest request, Kits kits) {
        List<Job> jobs = new ArrayList<>();
        RoleId role = RoleId.of(bundle.kit().id());
        String dir = role + "/" + lang + "/";
        String path = request.path().suffix();
        String kitFile = kits.show(role, KitFiles.KIT_FILE);
        // An application review or an offer has no form to fill in.
        List<Stage> forms = bundle.kit().stages().stream().filter(s -> s.form() != StageKind.Form.NONE).toList();
        boolean packed = request.docs().contains(Doc.PACKET) && request.formats().contains(Format.PDF);
        Renderer.Part guidePdf = renderer.part(Doc.GUIDE, localizer::guide, packed);
        Map<String, Renderer.Part> scorecardPdfs = new LinkedHashMap<>();
        for (Stage stage : forms) {
            scorecardPdfs.put(stage.id(), renderer.part(Doc.SCORECARD, () -> localizer.scorecard(stage.id(), false), packed));
        }
        for (Doc doc : Doc.values()) {
            if (!request.docs().contains(doc)) continue;
            for (Format format : Format.values()) {
                if (!request.formats().contains(format)) continue;
                String ext = path + "." + format.extension();
                boolean pdf = format == Format.PDF;
                switch (doc) {
                    case GUIDE -> jobs.add(new Job(role, kitFile, dir + "guide" + ext, doc, format,
                            pdf ? guidePdf::pdf : () -> renderer.render(doc, format, localizer.guide())));
                    case SCORECARD -> {
                        boolean fillable = request.fillable() && pdf;
                        for (Stage stage : forms) {
                            jobs.add(new Job(role, kitFile, dir + "scorecard-" + stage.id() + ext, doc, format,
                                    pdf && !fillable ? scorecardPdfs.get(stage.id())::pdf
                                            : () -> renderer.render(doc, format, localizer.scorecard(stage.id(), fillable))));
                        }
                    }
                    case PACKET -> {
                        List<Renderer.Part> parts = new ArrayList<>();
                        parts.add(guidePdf);
                        parts.addAll(scorecardPdfs.values());
                        jobs.add(new Job(role, kitFile, dir + "packet" + ext, doc, format,
                                pdf ? () -> renderer.packet(localizer::packet, parts)
                                        : () -> renderer.render(doc, format, localizer.packet())));
                    }
                    case CANDIDATE -> jobs.add(new Job(role, kitFile, dir + "candidate" + ext, doc, format,
                            () -> renderer.render(doc, format, localizer.candidate())));
                }
            }
        }
        return jobs;
    }
}
