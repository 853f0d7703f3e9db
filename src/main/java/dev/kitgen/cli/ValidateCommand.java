package dev.kitgen.cli;

import dev.kitgen.diagnostics.Report;
import dev.kitgen.diagnostics.WorkflowCommands;
import dev.kitgen.usecase.validate.ValidateRequest;
import dev.kitgen.usecase.validate.Validation;

import java.util.List;
import java.util.concurrent.Callable;

final class ValidateCommand implements Callable<Integer> {

    final Declaration declared = new Declaration(this, "validate",
            "Checks kits and their translations and reports every problem as FILE:LINE:COL: error|warning: MESSAGE.",
            "Exits 1 if any error is found (or any warning, with --strict).");

    enum ReportFormat { text, json, github }

    private final Context context;

    private final Value<List<String>> roles = declared.positional("ROLE", "0..*").roles()
            .description("Roles to check (default: every role).").texts();

    private final Value<Boolean> strict = declared.option("--strict")
            .description("Count warnings, such as untranslated or stale texts, as errors.").flag();

    private final Value<ReportFormat> output = declared.option("--output").label("FORMAT")
            .description("text (to stderr, for people and problem matchers), json (to stdout, for machines) or "
                    + "github (GitHub Actions annotations, as workflow commands on stdout); default: ${DEFAULT-VALUE}.")
            .choice(ReportFormat.class, ReportFormat.text, "a report format");

    private final Value<Boolean> pdf = declared.option("--pdf").description("Also check that every character of the "
            + "kits prints in PDFs: that kitgen's fonts, or those in the fonts folder of the templates, have it.").flag();

    private final FolderOptions folders = new FolderOptions(declared).andQuiet();

    ValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Report checked = new Validation().validate(new ValidateRequest(Arguments.roles(roles.get()), folders.kitsFolder(context),
                pdf.get() ? folders.templateFolders(context) : List.of()));
        Report report = strict.get() ? checked.strict() : checked;
        switch (output.get()) {
            case json -> context.out().print(report.toJson(strict.get()));
            case github -> report.diagnostics().stream().map(WorkflowCommands::of).forEach(context.out()::println);
            case text -> report.diagnostics().forEach(context.err()::println);
        }
        if (output.get() != ReportFormat.json && !context.quiet()) {
            context.err().println(summary(report, checked.warnings()));
        }
        return report.passed() ? Cli.OK : Cli.INVALID;
    }

    private String summary(Report report, long warnings) {
        String checked = Cli.count(report.roles().size(), "kit") + " checked: ";
        if (report.diagnostics().isEmpty()) return checked + "no problems";
        String counts = checked + Cli.count(report.errors(), "error") + ", " + Cli.count(report.warnings(), "warning");
        return strict.get() && warnings > 0 ? counts + " (--strict counts warnings as errors)" : counts;
    }
}
