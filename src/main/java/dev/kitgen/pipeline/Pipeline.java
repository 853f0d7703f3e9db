package dev.kitgen.pipeline;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.Localizer;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Stage;
import dev.kitgen.model.Text;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Templates;
import dev.kitgen.validate.KitReader;
import dev.kitgen.write.Output;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole run, stage by stage: load and validate the kits, localize each into its
 * languages, render every document in every format, then write them all at once.
 */
public final class Pipeline {

    private final String generator = "kitgen " + Version.get();

    public RenderResult render(RenderRequest request) {
        KitReader reader = new KitReader(request.kits());
        List<String> roles = request.allRoles() ? reader.roles() : request.roles();
        roles.forEach(reader::requireRole);
        request.langs().forEach(KitReader::requireLanguage);
        if (roles.isEmpty()) {
            throw new UsageException("no roles to render in " + request.kits().display());
        }

        Diagnostics diagnostics = new Diagnostics();
        Templates templates = new Templates(request.templates());
        Map<String, Catalog> catalogs = new HashMap<>();
        List<Output> outputs = new ArrayList<>();
        for (String role : roles) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) continue;
            for (String lang : languages(bundle.get(), request.langs(), reader)) {
                Catalog catalog = catalogs.computeIfAbsent(lang,
                        l -> Catalog.load(l, request.templates(), diagnostics));
                Localizer localizer = new Localizer(bundle.get(), catalog, generator);
                reportUntranslated(localizer.untranslated(), bundle.get(), lang, reader, diagnostics);
                outputs.addAll(render(bundle.get(), lang, localizer, templates, request));
            }
        }
        if (diagnostics.hasErrors()) {
            throw new KitgenException(diagnostics.sorted());
        }
        if (request.stdout()) {
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

    /** The languages asked for, checked against those the kit has (directly or by fallback: es-MX → es). */
    private static List<String> languages(KitBundle bundle, List<String> requested, KitReader reader) {
        if (requested.isEmpty()) return bundle.languages();
        for (String lang : requested) {
            if (Catalog.tags(lang).stream().noneMatch(bundle.languages()::contains)) {
                String role = bundle.kit().id();
                throw new UsageException("kit '" + role + "' has no '" + lang + "' translation; it has "
                        + String.join(", ", bundle.languages()) + ". Add " + reader.folder().show(role + "/" + lang + ".yaml")
                        + " to translate it");
            }
        }
        return requested;
    }

    private static void reportUntranslated(List<Text> missing, KitBundle bundle, String lang, KitReader reader,
                                           Diagnostics diagnostics) {
        if (missing.isEmpty()) return;
        String role = bundle.kit().id();
        String file = Catalog.tags(lang).stream().filter(bundle.translations()::containsKey).findFirst().orElse(lang);
        diagnostics.warning(new Location(reader.folder().show(role + "/" + file + ".yaml"), 1, 1),
                missing.size() + (missing.size() == 1 ? " text" : " texts") + " not translated into '" + lang
                        + "'; falling back to " + bundle.kit().lang() + " (first: " + missing.get(0).key() + ")");
    }

    private static List<Output> render(KitBundle bundle, String lang, Localizer localizer, Templates templates,
                                       RenderRequest request) {
        List<Output> outputs = new ArrayList<>();
        String dir = bundle.kit().id() + "/" + lang + "/";
        for (Doc doc : Doc.values()) {
            if (!request.docs().contains(doc)) continue;
            for (Format format : Format.values()) {
                if (!request.formats().contains(format)) continue;
                switch (doc) {
                    case GUIDE -> outputs.add(Output.text(dir + "guide." + format.extension(),
                            templates.render(doc, format, localizer.guide())));
                    case SCORECARD -> {
                        for (Stage stage : bundle.kit().stages()) {
                            outputs.add(Output.text(dir + "scorecard-" + stage.id() + "." + format.extension(),
                                    templates.render(doc, format, localizer.scorecard(stage.id()))));
                        }
                    }
                }
            }
        }
        return outputs;
    }

}
