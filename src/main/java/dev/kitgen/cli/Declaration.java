package dev.kitgen.cli;

import dev.kitgen.Version;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.util.List;

/**
 * A command declared to picocli in code. picocli's annotations would do the same, but picocli
 * reads them by reflection on every start, which took a fifth of a cold run's main thread
 * (src/build/STARTUP.md, trick 15). A command makes its declaration its first field and declares
 * its options and positional parameters in the fields after it, in the order completion lists
 * them: {@code option(…)} or {@code positional(…)}, then what help says, then the type, which
 * adds it and returns the {@link Value} picocli fills in as it parses.
 */
final class Declaration {

    private final CommandSpec spec;
    private boolean complete;

    /** A command named {@code name} that runs {@code command}, with the lines of its description. */
    Declaration(Object command, String name, String... description) {
        spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        spec.versionProvider(() -> new String[]{"kitgen " + Version.describe()});
    }

    /** An option with these names, such as {@code "-l", "--lang"}. */
    Arg option(String... names) {
        return new Arg(names, "", null);
    }

    /** Positional parameters shown as {@code label}, as many as {@code arity} says ({@code "0..*"}). */
    Arg positional(String label, String arity) {
        return new Arg(null, label, arity);
    }

    /** A positional parameter shown as {@code label} that must be given. */
    Arg positional(String label) {
        return new Arg(null, label, null);
    }

    /** Adds {@code subcommand} under its name, after those added before it. */
    void subcommand(Declaration subcommand) {
        spec.addSubcommand(subcommand.spec().name(), subcommand.spec());
    }

    /**
     * The command as picocli sees it. The first call adds -h and -V after the options declared,
     * where picocli's {@code mixinStandardHelpOptions} puts them.
     */
    CommandSpec spec() {
        if (!complete) {
            complete = true;
            option("-h", "--help").description("Show this help message and exit.").usageHelp();
            option("-V", "--version").description("Print version information and exit.").versionHelp();
        }
        return spec;
    }

    /** One option or positional parameter: what help says about it, then its type, which adds it. */
    final class Arg {
        private final String[] names;
        private final String arity;
        private String label;
        private String description;
        private String split = "";
        private Iterable<String> candidates;
        private boolean usageHelp;
        private boolean versionHelp;

        /** An option when {@code names} are given, else positional parameters. */
        private Arg(String[] names, String label, String arity) {
            this.names = names;
            this.label = label;
            this.arity = arity;
        }

        /** What help shows for the option's value, such as {@code DIR}. */
        Arg label(String label) {
            this.label = label;
            return this;
        }

        /** What help says; {@code ${DEFAULT-VALUE}} stands for the initial value. */
        Arg description(String description) {
            this.description = description;
            return this;
        }

        /** Values may also be given as one, split at commas: {@code --lang es,en}. */
        Arg commaSeparated() {
            split = ",";
            return this;
        }

        /** Completion offers the built-in roles (the script adds those of the kits folder). */
        Arg roles() {
            candidates = new RoleCandidates();
            return this;
        }

        /** An option given or not, such as {@code --all}. */
        Value<Boolean> flag() {
            return add(boolean.class, boolean.class, false);
        }

        Value<String> text(String initial) {
            return add(String.class, String.class, initial);
        }

        /** Any number of texts, none at first. */
        Value<List<String>> texts() {
            return add(List.class, String.class, List.of());
        }

        Value<Path> path(Path initial) {
            return add(Path.class, Path.class, initial, value -> Path.of(value));
        }

        /** One of {@code type}'s values; {@code what} says what a value names in the message for a wrong one. */
        <E extends Enum<E>> Value<E> choice(Class<E> type, E initial, String what) {
            return add(type, type, initial, new Choices<>(type, what));
        }

        /** Any number of {@code type}'s values; none given is {@code null}. */
        <E extends Enum<E>> Value<List<E>> choices(Class<E> type, String what) {
            return add(List.class, type, null, new Choices<>(type, what));
        }

        /** An option that asks for help, which picocli prints itself instead of running the command. */
        private void usageHelp() {
            usageHelp = true;
            flag();
        }

        /** An option that asks for kitgen's version, which picocli prints itself. */
        private void versionHelp() {
            versionHelp = true;
            flag();
        }

        /** Adds the option or positional parameter, of {@code type} (a list of {@code element}s, or {@code element}). */
        private <T> Value<T> add(Class<?> type, Class<?> element, Object initial, ITypeConverter<?>... converters) {
            Value<T> value = new Value<>();
            Value<T>.Binding binding = value.binding();
            if (names != null) {
                spec.addOption(OptionSpec.builder(names).usageHelp(usageHelp).versionHelp(versionHelp).splitRegex(split)
                        .paramLabel(label).description(description).completionCandidates(candidates).type(type)
                        .auxiliaryTypes(element).initialValue(initial).converters(converters).getter(binding)
                        .setter(binding).build());
            } else {
                PositionalParamSpec.Builder positional = PositionalParamSpec.builder();
                if (arity != null) positional.arity(arity);
                // Required when a value must be given, as picocli's annotations make it.
                positional.required(arity == null || positional.arity().min() > 0);
                spec.addPositional(positional.paramLabel(label).description(description).completionCandidates(candidates)
                        .type(type).auxiliaryTypes(element).initialValue(initial).converters(converters).getter(binding)
                        .setter(binding).build());
            }
            return value;
        }
    }

    /** Turns a usage error found while the command runs into picocli's, reported as the parser's own. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
