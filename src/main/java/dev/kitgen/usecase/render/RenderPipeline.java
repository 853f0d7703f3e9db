package dev.kitgen.usecase.render;

import dev.kitgen.Version;
import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.load.KitFiles;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.Localizer;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.Stage;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Renderer;
import dev.kitgen.render.Templates;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;
import dev.kitgen.usecase.Unprintable;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A render, in three steps: plan (read and validate the kits, localize each into its languages,
 * compile the templates, and make one job per document and format), run the jobs on all cores,
 * and deliver what they made (written to the out folder all at once, or printed).
 */
public final class RenderPipeline {

    private static final String GENERATOR = "kitgen " + Version.get();

    /** What a render will do: its jobs, and the problems found while planning them. */
    private record Plan(List<Job> jobs, Diagnostics diagnostics) {}

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
        List<Rendered> rendered = Jobs.run(plan.jobs(), Jobs.parallelism(plan.jobs()), progress);
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
        Templates templates = new Templates(request.templates());
        Renderer renderer = new Renderer(templates, GENERATOR, request.date(), request.paper());
        Map<Language, Catalog> catalogs = new HashMap<>();
        Unprintable unprintable = new Unprintable(renderer, diagnostics);
        List<Job> jobs = new ArrayList<>();
        for (RoleId role : roles) {
            Optional<KitBundle> bundle = kits.read(role, diagnostics);
            if (bundle.isEmpty()) continue;
            String version = kits.version(bundle.get());
            for (Language lang : languages(bundle.get(), request, kits, diagnostics)) {
                // A broken catalog stops the run, with the kits' problems found so far.
                Catalog catalog = catalogs.computeIfAbsent(lang, l ->
                        stoppingRun(diagnostics, () -> Catalogs.load(l, request.templates(), diagnostics)));
                TranslationCoverage.of(bundle.get(), lang).reportMissing(bundle.get(), kits.folder()::show, diagnostics);
                if (request.formats().contains(Format.PDF)) unprintable.check(kits, bundle.get(), lang);
                jobs.addAll(jobs(bundle.get(), lang, new Localizer(bundle.get(), catalog, GENERATOR, version), renderer, request, kits));
            }
        }
        // Compiled once here, the templates are then shared read-only by every thread. A broken
        // template stops the run, with the kits' problems found so far.
        stoppingRun(diagnostics, () -> {
            jobs.forEach(job -> templates.compile(job.doc(), job.format()));
            return null;
        });
        if (request.stdout() && jobs.size() > 1) throw notOneDocument(jobs.size());
        return new Plan(jobs, diagnostics);
    }

    /** Runs {@code step}; if it fails with a user's mistake, the run stops with that and every problem found so far. */
    private static <T> T stoppingRun(Diagnostics diagnostics, Supplier<T> step) {
        try {
            return step.get();
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
            throw new KitgenException(diagnostics.sorted());
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
     * es-MX → es). A named role without one of them is a usage error; with --all, the kit is
     * rendered in the languages it has among those asked for, and the rest is a warning.
     */
    private static List<Language> languages(KitBundle bundle, RenderRequest request, Kits kits,
                                            Diagnostics diagnostics) {
        if (request.langs().isEmpty()) return bundle.languages();
        List<Language> present = new ArrayList<>();
        for (Language lang : request.langs()) {
            if (bundle.covers(lang)) {
                present.add(lang);
                continue;
            }
            RoleId role = RoleId.of(bundle.kit().id());
            String problem = "kit '" + role + "' has no '" + lang + "' translation; it has "
                    + String.join(", ", bundle.languages().stream().map(Language::tag).toList()) + ". Add "
                    + kits.show(role, lang + ".yaml") + " to translate it ('kitgen i18n skeleton " + role
                    + " --lang " + lang + "' starts one)";
            if (!request.allRoles()) throw new UsageException(problem);
            diagnostics.warning(Location.ofFile(kits.show(role, KitFiles.KIT_FILE)), problem);
        }
        return present;
    }

    /** One job a document in a format: each scorecard is its own job, so that they spread over the cores. */
    private static List<Job> jobs(KitBundle bundle, Language lang, Localizer localizer, Renderer renderer,
                                  RenderRequest request, Kits kits) {
        List<Job> jobs = new ArrayList<>();
        RoleId role = RoleId.of(bundle.kit().id());
        String dir = role + "/" + lang + "/";
        String kitFile = kits.show(role, KitFiles.KIT_FILE);
        for (Doc doc : Doc.values()) {
            if (!request.docs().contains(doc)) continue;
            for (Format format : Format.values()) {
                if (!request.formats().contains(format)) continue;
                String ext = "." + format.extension();
                switch (doc) {
                    case GUIDE -> jobs.add(new Job(role, kitFile, dir + "guide" + ext, doc, format,
                            () -> renderer.render(doc, format, localizer.guide())));
                    case SCORECARD -> {
                        boolean fillable = request.fillable() && format == Format.PDF;
                        for (Stage stage : bundle.kit().stages()) {
                            jobs.add(new Job(role, kitFile, dir + "scorecard-" + stage.id() + ext, doc, format,
                                    () -> renderer.render(doc, format, localizer.scorecard(stage.id(), fillable))));
                        }
                    }
                    case PACKET -> jobs.add(new Job(role, kitFile, dir + "packet" + ext, doc, format,
                            () -> renderer.render(doc, format, localizer.packet())));
                }
            }
        }
        return jobs;
    }
}
