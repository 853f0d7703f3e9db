package dev.kitgen.usecase;

import dev.kitgen.files.Folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The first line of a kit file that points editors (through the YAML language server) at
 * kitgen's JSON Schema, relative to the file, when a copy of the schema is on disk nearby.
 */
public final class SchemaLine {

    static final String PREFIX = "# yaml-language-server: $schema=";

    /**
     * @param schema {@code kit} or {@code translation}
     */
    public static String forFile(Path dir, List<Folder> templates, String schema) {
        String name = "schema/" + schema + ".schema.json";
        for (Folder folder : templates) {
            if (folder.builtIn()) continue;
            var file = folder.resolve(name).filter(Files::isRegularFile);
            if (file.isPresent()) {
                Path relative = dir.toAbsolutePath().normalize().relativize(file.get().toAbsolutePath().normalize());
                return PREFIX + relative.toString().replace('\\', '/');
            }
        }
        return "# For completion in your editor: 'kitgen schema" + (schema.equals("kit") ? "" : " --translation")
                + " > " + schema + ".schema.json', then make this line '" + PREFIX + "<path to it>'";
    }

    /** The text with its schema line (if any) replaced by {@code line}. */
    public static String replace(String text, String line) {
        String body = text.startsWith(PREFIX) ? text.substring(text.indexOf('\n') + 1) : text;
        return line + "\n" + body;
    }

    private SchemaLine() {}
}
