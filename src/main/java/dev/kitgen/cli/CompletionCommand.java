package dev.kitgen.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class CompletionCommand implements Callable<Integer> {

    final Declaration declared = new Declaration(this, "completion",
            "Prints a shell completion script for bash or zsh.",
            "Load it with: source <(kitgen completion bash)   or   source <(kitgen completion zsh)",
            "Role names, languages, tracks and levels complete from the built-in kits and from ./kits (or the folder "
                    + "after --kits).");

    enum Shell { bash, zsh }

    private final Context context;

    private final Value<Shell> shell = declared.positional("SHELL")
            .description("bash or zsh (the bash script loads bashcompinit in zsh).").choice(Shell.class, null, "a shell");

    CompletionCommand(Context context) {
        this.context = context;
    }

    /**
     * Lists what a value can be when the user presses TAB, from the kits folder a run would read:
     * the one after --kits, else ./kits if there is one, else the built-in kits (whose roles and
     * languages are written in when the script is made).
     */
    private static final String FUNCTIONS = """

            # The kits folder a run would read: the one after --kits, else ./kits; empty for the built-in kits.
            function _kitgen_kits() {
              local dir= i
              for (( i = 1; i < ${#COMP_WORDS[@]} - 1; i++ )); do
                [[ ${COMP_WORDS[i]} == --kits ]] && dir=${COMP_WORDS[i+1]}
              done
              [[ -z $dir && -d kits ]] && dir=kits
              printf '%s' "$dir"
            }

            # Role ids: the folders of that kits folder holding a kit.yaml, or the built-in roles.
            function _kitgen_roles() {
              local dir f
              dir=$(_kitgen_kits)
              if [[ -z $dir ]]; then printf '%s\\n' BUILT_IN_ROLES; return; fi
              for f in "$dir"/*/kit.yaml; do [[ -f $f ]] && basename -- "${f%/kit.yaml}"; done | sort -u
            }

            # For 'new --from': the roles of the kits folder and the built-in ones, which it also copies from.
            function _kitgen_all_roles() {
              { printf '%s\\n' BUILT_IN_ROLES; _kitgen_roles; } | sort -u
            }

            # Languages: each kit's own ('lang:' in kit.yaml) and its translations, or the built-in ones.
            function _kitgen_langs() {
              local dir f
              dir=$(_kitgen_kits)
              if [[ -z $dir ]]; then printf '%s\\n' BUILT_IN_LANGS; return; fi
              for f in "$dir"/*/*.yaml; do
                [[ -f $f ]] || continue
                case ${f##*/} in
                  kit.yaml) sed -n 's/^lang:[[:space:]]*\\([A-Za-z0-9-]*\\).*/\\1/p' "$f" ;;
                  *) basename -- "${f%.yaml}" ;;
                esac
              done | sort -u
            }

            # Track or level ids ($1: tracks or levels) the kits of that folder declare, or the built-in ones.
            function _kitgen_declared() {
              local dir
              dir=$(_kitgen_kits)
              if [[ -z $dir ]]; then
                if [[ $1 == tracks ]]; then printf '%s\\n' BUILT_IN_TRACKS; else printf '%s\\n' BUILT_IN_LEVELS; fi
                return
              fi
              awk -v key="$1:" '/^[^ #]/ { on = ($1 == key) } on && $1 == "-" && $2 == "id:" { print $3 }' \
                "$dir"/*/kit.yaml 2>/dev/null | sort -u
            }

            # A comma-separated list: the values typed so far, then each value not in it yet.
            function _kitgen_list() {
              local cur=${COMP_WORDS[COMP_CWORD]} typed= v
              [[ $cur == *,* ]] && typed=${cur%,*},
              for v in $1; do
                [[ ,$typed == *,$v,* ]] && continue
                [[ $typed$v == "$cur"* ]] && printf '%s\\n' "$typed$v"
              done
            }
            """;

    @Override
    public Integer call() {
        context.out().print(script(declared.spec().root().commandLine(), shell.get()));
        return Cli.OK;
    }

    /**
     * picocli's script, with the role lists it fixed when it was generated replaced by calls that
     * list the roles when the user presses TAB, and completion of languages and of comma lists.
     */
    static String script(CommandLine root, Shell shell) {
        String script = AutoComplete.bash("kitgen", root);
        List<String> builtIn = new java.util.ArrayList<>();
        new RoleCandidates().forEach(builtIn::add);
        String fixed = builtIn.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(" "));
        script = script.replace("local ROLE_option_args=(" + fixed + ") # --from values",
                "local ROLE_option_args=( $(_kitgen_all_roles) ) # --from values");
        Matcher m = Pattern.compile("(local ROLE_\\w+_args=)\\(" + Pattern.quote(fixed) + "\\)").matcher(script);
        script = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "( $(_kitgen_roles) )"));
        script = script.replace("'-l'|'--lang')\n      return\n",
                "'-l'|'--lang')\n      COMPREPLY=( $(_kitgen_list \"$(_kitgen_langs)\") )\n      return 0\n");
        script = script.replace("'-f'|'--format')\n      local IFS=$'\\n'\n"
                        + "      COMPREPLY=( $( compReplyArray \"${FORMAT_option_args[@]}\" ) )\n",
                "'-f'|'--format')\n      COMPREPLY=( $(_kitgen_list \"md html pdf\") )\n");
        for (String option : List.of("track", "level")) {
            script = script.replace("'--" + option + "')\n      return\n", "'--" + option + "')\n      COMPREPLY=( $(compgen -W "
                    + "\"$(_kitgen_declared " + option + "s)\" -- \"${COMP_WORDS[COMP_CWORD]}\") )\n      return 0\n");
        }
        int firstFunction = script.indexOf("\nfunction ");
        script = script.substring(0, firstFunction)
                + FUNCTIONS.replace("BUILT_IN_ROLES", String.join(" ", builtIn))
                        .replace("BUILT_IN_LANGS", String.join(" ", RoleCandidates.builtInLanguages()))
                        .replace("BUILT_IN_TRACKS", String.join(" ", RoleCandidates.builtIn(b -> b.kit().tracks().stream()
                                .map(dev.kitgen.model.Track::id))))
                        .replace("BUILT_IN_LEVELS", String.join(" ", RoleCandidates.builtIn(b -> b.kit().levels().stream()
                                .map(dev.kitgen.model.Level::id))))
                + script.substring(firstFunction);
        return shell == Shell.zsh ? "# kitgen completion for zsh: source <(kitgen completion zsh)\n" + script : script;
    }
}
