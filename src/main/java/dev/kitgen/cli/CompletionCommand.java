package dev.kitgen.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"Prints a shell completion script for bash or zsh.",
                "Load it with: source <(kitgen completion bash)   or   source <(kitgen completion zsh)",
                "Role names complete from the built-in kits and from ./kits (or the folder after --kits)."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    /** Lists role ids when the shell completes: the built-in ones, then those of the kits folder on the line. */
    private static final String ROLES_FUNCTION = """

            # Role ids: the built-in kits, and the folders of ./kits (or of the folder after --kits) holding a kit.yaml.
            function _kitgen_roles() {
              local dir=kits i f
              for (( i = 1; i < ${#COMP_WORDS[@]} - 1; i++ )); do
                [[ ${COMP_WORDS[i]} == --kits ]] && dir=${COMP_WORDS[i+1]}
              done
              { printf '%s\\n' BUILT_IN
                for f in "$dir"/*/kit.yaml; do [[ -f $f ]] && basename -- "${f%/kit.yaml}"; done
              } | sort -u
            }
            """;

    private final Context context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh (the bash script loads bashcompinit in zsh).")
    Shell shell;

    CompletionCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(script(spec.root().commandLine(), shell));
        return Cli.OK;
    }

    /**
     * picocli's script, with the role lists it fixed when it was generated replaced by a call
     * that lists the roles when the user presses TAB.
     */
    static String script(CommandLine root, Shell shell) {
        String script = AutoComplete.bash("kitgen", root);
        List<String> builtIn = new java.util.ArrayList<>();
        new RoleCandidates().forEach(builtIn::add);
        String fixed = builtIn.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(" "));
        Matcher m = Pattern.compile("(local ROLE_\\w+_args=)\\(" + Pattern.quote(fixed) + "\\)").matcher(script);
        script = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "( $(_kitgen_roles) )"));
        int firstFunction = script.indexOf("\nfunction ");
        script = script.substring(0, firstFunction)
                + ROLES_FUNCTION.replace("BUILT_IN", String.join(" ", builtIn))
                + script.substring(firstFunction);
        return shell == Shell.zsh ? "# kitgen completion for zsh: source <(kitgen completion zsh)\n" + script : script;
    }
}
