package dev.kitgen.usecase.newkit;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.files.Folder;
import dev.kitgen.files.FolderFile;
import dev.kitgen.files.Utf8;
import dev.kitgen.load.KitFiles;
import dev.kitgen.load.Node;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.model.RoleId;
import dev.kitgen.usecase.Kits;
import dev.kitgen.usecase.SchemaLine;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Starts a role's kit: the commented starter kit, or a copy of another role with its id changed. */
public final class NewKit {

    /** The starter kit among the templates; {@code {{id}}}, {@code {{role}}} and {@code {{schema}}} are filled in. */
    public static final String TEMPLATE = "new/kit.yaml.mustache";

    /** Writes the new kit's files and returns their paths. Never overwrites: an existing role is a usage error. */
    public List<Path> create(NewKitRequest request) {
        String role = request.role().value();
        Path dir = request.target().root().resolve(role);
        if (Files.exists(dir)) {
            throw new UsageException(request.target().show(role) + " already exists; 'kitgen new' never overwrites a role: choose another "
                    + "id, or edit the kit that is there");
        }
        List<OutputFile> outputs = request.from().isEmpty() ? starter(request, dir) : copy(request, dir);
        try {
            return new OutputWriter(request.target().root()).write(outputs);
        } catch (IOException e) {
            throw IoMessages.failed("write the new kit", request.target().show(role), e);
        }
    }

    private static List<OutputFile> starter(NewKitRequest request, Path dir) {
        for (Folder templates : request.templates()) {
            Optional<FolderFile> template = starterTemplate(templates);
            if (template.isEmpty()) continue;
            String text = read(template.get(), templates.show(TEMPLATE))
                    .replace("{{schema}}", SchemaLine.forFile(dir, request.templates(), "kit"))
                    .replace("{{id}}", request.role().value())
                    .replace("{{role}}", title(request.role().value()));
            return List.of(OutputFile.text(request.role() + "/" + KitFiles.KIT_FILE, text));
        }
        throw new IllegalStateException("kitgen is packaged without " + TEMPLATE);
    }

    /** The folder's starter kit; none where it has none, or where its file leads outside the folder. */
    private static Optional<FolderFile> starterTemplate(Folder templates) {
        try {
            return templates.file(TEMPLATE);
        } catch (KitgenException leadsOutside) {
            return Optional.empty();
        }
    }

    private static List<OutputFile> copy(NewKitRequest request, Path dir) {
        Folder source = request.sources().stream()
                .filter(folder -> RoleId.isValid(request.from()) && new Kits(folder).roles().contains(RoleId.of(request.from())))
                .findFirst()
                .orElseThrow(() -> unknown(request));
        Folder from = source.in(request.from());
        List<OutputFile> outputs = new ArrayList<>();
        try {
            for (String name : from.names()) {
                Optional<FolderFile> file = name.endsWith(".yaml") ? from.file(name) : Optional.empty();
                if (file.isEmpty()) continue;
                boolean kit = name.equals(KitFiles.KIT_FILE);
                String shown = source.show(request.from() + "/" + name);
                String text = read(file.get(), shown);
                if (kit) {
                    text = withId(text, shown, request.from(), request.role().value());
                }
                text = SchemaLine.replace(text, SchemaLine.forFile(dir, request.templates(), kit ? "kit" : "translation"));
                outputs.add(OutputFile.text(request.role() + "/" + name, text));
            }
        } catch (UncheckedIOException e) {
            throw IoMessages.failed("read the kit to copy", source.show(request.from()), e.getCause());
        }
        return outputs;
    }

    private static UsageException unknown(NewKitRequest request) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        request.sources().forEach(folder -> new Kits(folder).roles().forEach(r -> known.add(r.value())));
        return new UsageException("--from " + request.from() + ": no such role" + dev.kitgen.validate.Suggest.hint(
                request.from(), known) + "; roles to copy: " + String.join(", ", known));
    }

    /** Changes the value of the top-level {@code id}, where it is written, leaving every comment as it was. */
    private static String withId(String text, String file, String from, String to) {
        Diagnostics diagnostics = new Diagnostics();
        Node root = new YamlLoader().parse(text.getBytes(StandardCharsets.UTF_8), file, diagnostics)
                .orElseThrow(() -> new KitgenException(diagnostics.sorted()));
        Node.Entry id = root instanceof Node.Mapping m ? m.entry("id").orElse(null) : null;
        if (id == null) {
            throw new KitgenException(root.location(), "the kit to copy has no 'id'; run 'kitgen validate " + from + "'");
        }
        String[] lines = text.split("\n", -1);
        int line = id.value().location().line() - 1;
        int column = id.value().location().column() - 1;
        int at = lines[line].indexOf(from, column);
        if (at < 0) {
            throw new KitgenException(id.value().location(), "expected 'id: " + from + "' here");
        }
        lines[line] = lines[line].substring(0, at) + to + lines[line].substring(at + from.length());
        return String.join("\n", lines);
    }

    /** {@code data-engineer} → {@code Data Engineer}: a first guess the hiring lead edits. */
    static String title(String id) {
        StringBuilder title = new StringBuilder();
        for (String word : id.split("-")) {
            if (!title.isEmpty()) title.append(' ');
            title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }

    private static String read(FolderFile file, String shown) {
        try {
            return Utf8.decode(file.read());
        } catch (Utf8.Malformed e) {
            throw new KitgenException(new Location(shown, e.line(), e.column()), "file is not valid UTF-8 (byte "
                    + (e.getInputLength() == 1 ? "" : "sequence ") + "at this place); save the file as UTF-8");
        } catch (IOException e) {
            throw IoMessages.failed("read", shown, e);
        }
    }
}
