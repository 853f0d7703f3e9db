package dev.kitgen.cli;

import dev.kitgen.diagnostics.Report;
import dev.kitgen.diagnostics.WorkflowCommands;
import dev.kitgen.usecase.validate.ValidateRequest;
import dev.kitgen.usecase.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Checks kits and their translations and reports every problem as FILE:LINE:COL: error|warning: MESSAGE.",
                "Exits 1 if any error is found (or any warning, with --strict)."})
final class ValidateCommand implements Callable<Integer> {

    enum ReportFormat { text, json, github }

    private final Context context;

    @Parameters(paramLabel = "ROLE", arity = "0..*", completionCandidates = RoleCandidates.class,
            description = "Roles to check (default: every role).")
    List<String> roles = List.of();

    @Option(names = "--strict", description = "Count warnings, such as untranslated or stale texts, as errors.")
    boolean strict;

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "text (to stderr, for people and problem matchers), json (to stdout, for machines) or "
                    + "github (GitHub Actions annotations, as workflow commands on stdout); default: ${DEFAULT-VALUE}.")
    ReportFormat output = ReportFormat.text;

    @Option(names = "--pdf", description = "Also check that every character of the kits prints in PDFs: that kitgen's "
            + "fonts, or those in the fonts folder of the templates, have it.")
    boolean pdf;

    @Mixin
    FolderOptions folders;

    @Mixin
    QuietOption quiet;

    ValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Report checked = new Validation().validate(new ValidateRequest(Arguments.roles(roles), folders.kitsFolder(context),
                pdf ? folders.templateFolders(context) : List.of()));
        Report report = strict ? checked.strict() : checked;
        switch (output) {
            case json -> context.out().print(report.toJson(strict));
            case github -> report.diagnostics().stream().map(WorkflowCommands::of).forEach(context.out()::println);
            case text -> report.diagnostics().forEach(context.err()::println);
        }
        if (output != ReportFormat.json && !context.quiet()) {
            context.err().println(summary(report, checked.warnings()));
        }
        return report.passed() ? Cli.OK : Cli.INVALID;
    }

    private String summary(Report report, long warnings) {
        String checked = Cli.count(report.roles().size(), "kit") + " checked: ";
        if (report.diagnostics().isEmpty()) return checked + "no problems";
        String counts = checked + Cli.count(report.errors(), "error") + ", " + Cli.count(report.warnings(), "warning");
        return strict && warnings > 0 ? counts + " (--strict counts warnings as errors)" : counts;
    }
}
