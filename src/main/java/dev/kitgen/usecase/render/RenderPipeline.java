package dev.kitgen.usecase.render;

import dev.kitgen.Version;
import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.localize.Localizer;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Stage;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Renderer;
import dev.kitgen.render.Templates;
import dev.kitgen.validate.KitReader;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole run, stage by stage: load and validate the kits, localize each into its
 * languages, render every document in every format, then write them all at once.
 */
public final class RenderPipeline {

    private final String generator = "kitgen " + Version.get();

    public RenderResult render(RenderRequest request) {
        return render(request, Progress.NONE);
    }

    /**
     * Renders every document the request asks for, on all cores. A kit that is invalid, or whose
     * documents fail to render, is reported and left out; the others are still written, and the
     * result carries the errors. Only when no kit renders at all does the run fail as a whole.
     */
    public RenderResult render(RenderRequest request, Progress progress) {
        KitReader reader = new KitReader(request.kits());
        List<String> roles = request.allRoles() ? reader.roles() : request.roles();
        roles.forEach(reader::requireRole);
        request.langs().forEach(KitReader::requireLanguage);
        if (roles.isEmpty()) {
            throw new UsageException("no roles to render in " + request.kits().display());
        }
        if (request.stdout() && request.formats().stream().anyMatch(Format::converted)) {
            throw new UsageException("--stdout prints text, and a PDF is not text; write PDFs to files with --out DIR");
        }
        if (request.fillable() && (!request.formats().contains(Format.PDF) || !request.docs().contains(Doc.SCORECARD))) {
            throw new UsageException("--fillable adds form fields to PDF scorecards; ask for them with --doc scorecard "
                    + "(or all) and --format pdf");
        }

        Diagnostics diagnostics = new Diagnostics();
        Templates templates = new Templates(request.templates());
        Renderer renderer = new Renderer(templates, generator, request.date());
        Map<String, Catalog> catalogs = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (String role : roles) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) continue;
            for (String lang : languages(bundle.get(), request, reader, diagnostics)) {
                Catalog catalog;
                try {
                    catalog = catalogs.computeIfAbsent(lang, l -> Catalog.load(l, request.templates(), diagnostics));
                } catch (KitgenException e) {
                    // A broken catalog stops the run, with the kits' problems found so far.
                    e.diagnostics().forEach(diagnostics::add);
                    throw new KitgenException(diagnostics.sorted());
                }
                Localizer localizer = new Localizer(bundle.get(), catalog, generator, request.paper().css());
                reportUntranslated(bundle.get(), lang, reader, diagnostics);
                jobs.addAll(jobs(bundle.get(), lang, localizer, renderer, request));
            }
        }
        // Compiled once here, the templates are then shared read-only by every thread. A broken
        // template stops the run, with the kits' problems found so far.
        try {
            for (Job job : jobs) templates.compile(job.doc(), job.format());
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
            throw new KitgenException(diagnostics.sorted());
        }

        List<OutputFile> outputs = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        List<Rendered> rendered = Jobs.run(jobs, Jobs.parallelism(jobs.size()), progress);
        for (Rendered r : rendered) {
            if (!r.problems().isEmpty()) {
                failed.add(r.job().role());
                problems.addAll(r.problems());
            }
        }
        problems.forEach(diagnostics::add);
        for (Rendered r : rendered) {
            if (!failed.contains(r.job().role())) outputs.add(r.output());
        }
        if (diagnostics.hasErrors() && outputs.isEmpty()) {
            throw new KitgenException(diagnostics.sorted());
        }
        if (request.stdout()) {
            if (diagnostics.hasErrors()) throw new KitgenException(diagnostics.sorted());
            if (outputs.size() != 1) {
                throw new UsageException("--stdout prints one document, but this request makes " + outputs.size()
                        + "; narrow it with one role, --lang, --doc and --format");
            }
            return new RenderResult(List.of(), new String(outputs.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8),
                    diagnostics.sorted());
        }
        try {
            List<Path> written = new OutputWriter(request.out()).write(outputs);
            return new RenderResult(written, "", diagnostics.sorted());
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
    private static List<String> languages(KitBundle bundle, RenderRequest request, KitReader reader,
                                          Diagnostics diagnostics) {
        List<String> requested = request.langs();
        if (requested.isEmpty()) return bundle.languages();
        List<String> present = new ArrayList<>();
        for (String lang : requested) {
            if (Catalog.tags(lang).stream().anyMatch(bundle.languages()::contains)) {
                present.add(lang);
                continue;
            }
            String role = bundle.kit().id();
            String problem = "kit '" + role + "' has no '" + lang + "' translation; it has "
                    + String.join(", ", bundle.languages()) + ". Add " + reader.folder().show(role + "/" + lang + ".yaml")
                    + " to translate it ('kitgen i18n skeleton " + role + " --lang " + lang + "' starts one)";
            if (!request.allRoles()) throw new UsageException(problem);
            diagnostics.warning(Location.ofFile(reader.folder().show(role + "/" + KitReader.KIT_FILE)), problem);
        }
        return present;
    }

    private static void reportUntranslated(KitBundle bundle, String lang, KitReader reader, Diagnostics diagnostics) {
        TranslationCoverage.of(bundle, lang).reportMissing(bundle, reader.folder()::show, diagnostics);
    }

    /** One job a document in a format: each scorecard is its own job, so that they spread over the cores. */
    private static List<Job> jobs(KitBundle bundle, String lang, Localizer localizer, Renderer renderer,
                                  RenderRequest request) {
        List<Job> jobs = new ArrayList<>();
        String role = bundle.kit().id();
        String dir = role + "/" + lang + "/";
        for (Doc doc : Doc.values()) {
            if (!request.docs().contains(doc)) continue;
            for (Format format : Format.values()) {
                if (!request.formats().contains(format)) continue;
                String ext = "." + format.extension();
                switch (doc) {
                    case GUIDE -> jobs.add(new Job(role, dir + "guide" + ext, doc, format,
                            () -> renderer.render(doc, format, localizer.guide())));
                    case SCORECARD -> {
                        for (Stage stage : bundle.kit().stages()) {
                            boolean fillable = request.fillable() && format == Format.PDF;
                            jobs.add(new Job(role, dir + "scorecard-" + stage.id() + ext, doc, format,
                                    () -> renderer.render(doc, format, localizer.scorecard(stage.id(), fillable))));
                        }
                    }
                    case PACKET -> jobs.add(new Job(role, dir + "packet" + ext, doc, format,
                            () -> renderer.render(doc, format, localizer.packet())));
                }
            }
        }
        return jobs;
    }
}
