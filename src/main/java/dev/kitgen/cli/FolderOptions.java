package dev.kitgen.cli;

import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.files.Folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Options every command that reads kits shares: where kits and templates come from, and
 * --verbose, which {@link Cli} reads for every command alike. A user's folder wins; without
 * one, the copies built into kitgen are used.
 */
final class FolderOptions {

    private final Declaration command;
    private final Value<Path> kits;
    private final Value<Path> templates;

    FolderOptions(Declaration command) {
        this.command = command;
        kits = command.option("--kits").label("DIR")
                .description("Folder of kits (default: ./kits if it exists, else the built-in kits).").path(null);
        templates = command.option("--templates").label("DIR").description("Folder of templates that override the "
                + "built-in ones by name (default: ./templates if it exists).").path(null);
        command.option("-v", "--verbose").description("Show stack traces of internal errors.").flag();
    }

    /**
     * Adds --quiet, for the commands that print what they wrote or how far they came: problems
     * are still printed, the rest is not. {@link Cli} reads it for every command alike.
     */
    FolderOptions andQuiet() {
        command.option("-q", "--quiet").description("Print problems only: no list of files, summary or progress.").flag();
        return this;
    }

    Folder kitsFolder(Context context) {
        return folder(kits.get(), "kits", "--kits", context).orElseGet(() -> Folder.builtIn("kits"));
    }

    /** Where new kits are written: --kits, else ./kits (created when missing); never the built-in kits. */
    Path writableKitsFolder(Context context) {
        return folder(kits.get(), "kits", "--kits", context).map(Folder::root)
                .orElseGet(() -> context.cwd().resolve("kits").toAbsolutePath().normalize());
    }

    /** Where a user's templates and catalogs are written: --templates, else ./templates (created when missing). */
    Path writableTemplatesFolder(Context context) {
        return folder(templates.get(), "templates", "--templates", context).map(Folder::root)
                .orElseGet(() -> context.cwd().resolve("templates").toAbsolutePath().normalize());
    }

    /** Where a role named by the user is looked up: the user's kits (if any), then the built-in ones. */
    List<Folder> kitSearchPath(Context context) {
        Folder builtIn = Folder.builtIn("kits");
        return folder(kits.get(), "kits", "--kits", context).map(user -> List.of(user, builtIn)).orElse(List.of(builtIn));
    }

    /** The user's templates (if any) first, then the built-in set that fills in the rest. */
    List<Folder> templateFolders(Context context) {
        Folder builtIn = Folder.builtIn("templates");
        return folder(templates.get(), "templates", "--templates", context)
                .map(user -> List.of(user, builtIn))
                .orElse(List.of(builtIn));
    }

    private static java.util.Optional<Folder> folder(Path option, String name, String flag, Context context) {
        if (option != null) {
            Path dir = context.cwd().resolve(option);
            if (!Files.isDirectory(dir)) {
                throw new UsageException(flag + " " + option + ": no such folder");
            }
            return java.util.Optional.of(Folder.onDisk(dir, context.cwd()));
        }
        Path local = context.cwd().resolve(name);
        return Files.isDirectory(local) ? java.util.Optional.of(Folder.onDisk(local, context.cwd())) : java.util.Optional.empty();
    }
}
