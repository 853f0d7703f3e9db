package dev.kitgen.cli;

import dev.kitgen.diagnostics.Report;
import dev.kitgen.files.Folder;
import dev.kitgen.model.RoleId;
import dev.kitgen.usecase.newkit.NewKit;
import dev.kitgen.usecase.newkit.NewKitRequest;
import dev.kitgen.usecase.validate.ValidateRequest;
import dev.kitgen.usecase.validate.Validation;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

final class NewCommand implements Callable<Integer> {

    final Declaration declared = new Declaration(this, "new",
            "Starts the kit of a new role in ./kits (or --kits DIR): a commented starter kit that validates and "
                    + "renders as it is, or a copy of another role with --from.",
            "Never overwrites: a role that exists is a usage error (exit 2).");

    private final Context context;

    private final Value<String> role = declared.positional("ROLE")
            .description("The new role's id, such as data-engineer.").text(null);

    private final Value<String> from = declared.option("--from").label("ROLE").roles()
            .description("Copy this role's kit and translations instead of the starter kit.").text("");

    private final FolderOptions folders = new FolderOptions(declared).andQuiet();

    NewCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String role = this.role.get();
        RoleId id = Arguments.role(role);
        Folder target = Folder.onDisk(folders.writableKitsFolder(context), context.cwd());
        List<Path> written = new NewKit().create(new NewKitRequest(id, from.get(), target,
                folders.kitSearchPath(context), folders.templateFolders(context)));
        if (!context.quiet()) written.forEach(p -> context.out().println(context.show(p)));
        Report report = new Validation().validate(new ValidateRequest(List.of(id), target));
        report.diagnostics().forEach(context.err()::println);
        if (!context.quiet()) context.err().println("next: edit it, check it with 'kitgen validate " + role + "' and see it with 'kitgen render "
                + role + "'");
        return report.passed() ? Cli.OK : Cli.INVALID;
    }
}
