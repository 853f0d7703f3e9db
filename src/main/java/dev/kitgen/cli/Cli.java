package dev.kitgen.cli;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.diagnostics.WorkflowCommands;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the command line and runs it. The one place that turns failures into exit codes:
 * 0 success, 1 an invalid kit or template or a failed render, 2 a usage error.
 */
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private final Declaration declared = new Declaration(this, "kitgen",
            "Turns interview kits kept as YAML into interviewer guides and scorecards.");

    /** The commands, in the order help lists them. */
    private static final List<String> COMMANDS = List.of("render", "validate", "list", "new", "schema", "i18n",
            "completion", "help");

    /** Commands that look at the whole command tree, so it must be built in full for them. */
    private static final java.util.Set<String> NEED_ALL = java.util.Set.of("help", "completion");

    /** picocli's "Invalid value for option '--doc' (DOC): …" or "… for positional parameter at index 0 (SHELL): …". */
    private static final Pattern INVALID_VALUE = Pattern.compile(
            "Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\((\\S+)\\))(?: \\(\\S+\\))?: (.*)",
            Pattern.DOTALL);

    private Cli(Context context) {
        java.util.Map<String, String> exitCodes = new java.util.LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "an invalid kit or template, or a failed render");
        exitCodes.put("2", "a usage error (unknown option, role or language)");
        declared.spec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        for (String name : COMMANDS) {
            declared.spec().addSubcommand(name, command(name, context));
        }
    }

    /** The command named {@code name}, as picocli sees it. */
    private static CommandLine.Model.CommandSpec command(String name, Context context) {
        return switch (name) {
            case "render" -> new RenderCommand(context).declared.spec();
            case "validate" -> new ValidateCommand(context).declared.spec();
            case "list" -> new ListCommand(context).declared.spec();
            case "new" -> new NewCommand(context).declared.spec();
            case "schema" -> new SchemaCommand(context).declared.spec();
            case "i18n" -> new I18nCommand(context).declared.spec();
            case "completion" -> new CompletionCommand(context).declared.spec();
            // picocli's own, declared by its annotations; only the whole tree has it (NEED_ALL).
            // Completion offers the other commands after 'help' for this class only.
            case "help" -> new CommandLine(new CommandLine.HelpCommand()).getCommandSpec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    @Override
    public void run() {
        throw declared.usageError("name a command: render, validate, list, new, schema, i18n or completion");
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
        // picocli gives every command it is given its own parser and type converters: building the
        // root and then the named command cost a one-document run some 20 ms more than the command
        // alone. A run names its command first, so only that command is built, as a command line of
        // its own named "kitgen <command>"; help, completion and anything else get the whole tree.
        if (args.length > 1 && args[0].equals("help") && COMMANDS.contains(args[1]) && !args[1].equals("help")) {
            // 'help i18n skeleton' is 'i18n skeleton --help': picocli's help command looks one level down only.
            String[] asked = java.util.Arrays.copyOfRange(args, 1, args.length + 1);
            asked[asked.length - 1] = "--help";
            args = asked;
        }
        // picocli registers converters for java.sql, java.time and Path types by reflection in
        // every command line it builds, loading some 90 classes; kitgen's options bring their own
        // converters (Declaration), so none of those is needed.
        System.setProperty("picocli.converters.excludes", ".*");
        String first = args.length > 0 ? args[0] : "";
        CommandLine cli;
        if (COMMANDS.contains(first) && !NEED_ALL.contains(first)) {
            CommandLine.Model.CommandSpec command = command(first, context);
            command.name("kitgen " + first);
            cli = new CommandLine(command);
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        } else {
            cli = new CommandLine(new Cli(context).declared.spec());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(colours(context) ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
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
}
