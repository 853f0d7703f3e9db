package dev.kitgen.cli;

import dev.kitgen.Version;
import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.diagnostics.WorkflowCommands;
import dev.kitgen.render.Format;
import dev.kitgen.render.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the command line and runs it. The one place that turns failures into exit codes:
 * 0 success, 1 an invalid kit or template or a failed render, 2 a usage error.
 */
@Command(name = "kitgen", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Turns interview kits kept as YAML into interviewer guides and scorecards.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:an invalid kit or template, or a failed render",
                "2:a usage error (unknown option, role or language)"})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    /** The commands, in the order help lists them. */
    private static final java.util.Map<String, Class<?>> COMMANDS = commands();

    private static java.util.Map<String, Class<?>> commands() {
        java.util.Map<String, Class<?>> all = new java.util.LinkedHashMap<>();
        all.put("render", RenderCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("list", ListCommand.class);
        all.put("new", NewCommand.class);
        all.put("schema", SchemaCommand.class);
        all.put("i18n", I18nCommand.class);
        all.put("completion", CompletionCommand.class);
        all.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** picocli's "Invalid value for option '--doc' (DOC): …" or "… for positional parameter at index 0 (SHELL): …". */
    private static final Pattern INVALID_VALUE = Pattern.compile(
            "Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\((\\S+)\\))(?: \\(\\S+\\))?: (.*)",
            Pattern.DOTALL);

    /** Commands that look at the whole command tree, so it must be built in full for them. */
    private static final java.util.Set<String> NEED_ALL = java.util.Set.of("help", "completion");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: render, validate, list, new, schema, i18n or completion");
    }

    /**
     * Runs kitgen with {@code cwd} as the working folder and {@code env} as its environment;
     * progress is shown only when {@code terminal} says a person watches stderr.
     */
    public static int execute(Path cwd, java.util.Map<String, String> env, boolean terminal, PrintWriter out,
                              PrintWriter err, String... args) {
        return execute(new Context(cwd, env, terminal, out, err), args);
    }

    private static int execute(Context context, String... args) {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        // picocli reads every command it is given by reflection, and gives each its own parser and
        // type converters: building the root and then the named command cost a one-document run
        // some 20 ms more than the command alone. A run names its command first, so only that
        // command is built, as a command line of its own named "kitgen <command>"; help,
        // completion and anything else get the whole tree.
        if (args.length > 1 && args[0].equals("help") && COMMANDS.containsKey(args[1]) && !args[1].equals("help")) {
            // 'help i18n skeleton' is 'i18n skeleton --help': picocli's help command looks one level down only.
            String[] asked = java.util.Arrays.copyOfRange(args, 1, args.length + 1);
            asked[asked.length - 1] = "--help";
            args = asked;
        }
        String first = args.length > 0 ? args[0] : "";
        CommandLine cli;
        if (COMMANDS.containsKey(first) && !NEED_ALL.contains(first)) {
            cli = new CommandLine(COMMANDS.get(first), new Factory(context));
            cli.getCommandSpec().name("kitgen " + first);
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        } else {
            cli = new CommandLine(new Cli(), new Factory(context));
            COMMANDS.forEach(cli::addSubcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(colours(context) ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(RenderCommand.DocChoice.class, new Choices<>(RenderCommand.DocChoice.class, "a document"));
        cli.registerConverter(Paper.class, new Choices<>(Paper.class, "a paper size"));
        cli.registerConverter(Format.class, new Choices<>(Format.class, "a format"));
        cli.registerConverter(RenderCommand.ProblemFormat.class,
                new Choices<>(RenderCommand.ProblemFormat.class, "a way to print problems"));
        cli.registerConverter(ValidateCommand.ReportFormat.class,
                new Choices<>(ValidateCommand.ReportFormat.class, "a report format"));
        cli.registerConverter(CompletionCommand.Shell.class, new Choices<>(CompletionCommand.Shell.class, "a shell"));
        // --verbose and --quiet are read here for every command, rather than by each command.
        cli.setExecutionStrategy(parseResult -> {
            context.verbose(matched(parseResult, "--verbose"));
            context.quiet(matched(parseResult, "--quiet"));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, context));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("kitgen: error: " + UserText.escape(describe(e)));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; an Error is still a bug, said as one.
            code = handleError(e, context);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Whether help may be written in colour and bold: only for a person at a terminal whose
     * terminal understands it ({@code TERM} is not {@code dumb}) and who has not asked for none
     * ({@code NO_COLOR}, see no-color.org).
     */
    private static boolean colours(Context context) {
        return context.terminal() && System.console() != null && !"dumb".equals(context.env("TERM"))
                && context.env("NO_COLOR") == null;
    }

    /** Whether the command run, or a command above it, was given {@code option}. */
    private static boolean matched(CommandLine.ParseResult parseResult, String option) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(option)) return true;
        }
        return false;
    }

    /**
     * picocli's message, except for arguments nothing takes: picocli counts their index from the
     * command's own arguments, which a run that names its command no longer passes it.
     */
    private static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && e.getMessage().startsWith("Unmatched argument")) {
            List<String> unmatched = u.getUnmatched();
            return (unmatched.size() == 1 ? "Unmatched argument: " : "Unmatched arguments: ")
                    + String.join(", ", unmatched.stream().map(arg -> "'" + arg + "'").toList());
        }
        // A value kitgen's own converters refused: their message says it all, after the option.
        Matcher value = INVALID_VALUE.matcher(e.getMessage());
        if (value.matches()) return (value.group(1) != null ? value.group(1) : value.group(2)) + ": " + value.group(3);
        return e.getMessage();
    }


    private static int handle(Exception e, Context context) {
        PrintWriter err = context.err();
        if (e instanceof KitgenException k) {
            printDiagnostics(k.diagnostics(), context);
            return INVALID;
        }
        if (e instanceof UsageException) {
            err.println("kitgen: error: " + UserText.escape(e.getMessage()));
            return USAGE;
        }
        err.println("kitgen: internal error (a bug in kitgen, please report it): " + UserText.escape(e.toString()));
        if (context.verbose()) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --verbose to see the stack trace.");
        }
        return INVALID;
    }

    private static int handleError(Error e, Context context) {
        context.err().println("kitgen: internal error (a bug in kitgen, please report it): "
                + UserText.escape(e.toString()));
        if (context.verbose()) {
            e.printStackTrace(context.err());
        }
        return INVALID;
    }

    /**
     * Prints problems sorted by file and line, then a one-line summary on stderr: as lines for
     * people and problem matchers on stderr, or as GitHub workflow commands on stdout when the
     * command was asked for annotations.
     */
    static void printDiagnostics(List<Diagnostic> diagnostics, Context context) {
        PrintWriter err = context.err();
        if (context.annotations()) {
            diagnostics.stream().sorted().map(WorkflowCommands::of).forEach(context.out()::println);
            context.out().flush();
        } else {
            diagnostics.stream().sorted().forEach(err::println);
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (errors + warnings > 0) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Gives every command the run's context (working folder, output streams). */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var constructor : cls.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Context.class) {
                    return cls.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"kitgen " + Version.describe()};
        }
    }
}
