package dev.kitgen.diagnostics;

/**
 * Problems as GitHub Actions workflow commands, {@code ::error file=F,line=L,col=C,title=T::MESSAGE},
 * which the runner turns into annotations on the lines of a pull request. Values are escaped as
 * the runner reads them: {@code %}, CR and LF in the message, and also {@code :} and {@code ,}
 * in the properties; text from a kit is neutralised first ({@link UserText}), so that it can
 * neither end the command nor start another.
 */
public final class WorkflowCommands {

    /** The title of every annotation: what raised it. */
    static final String TITLE = "kitgen";

    private WorkflowCommands() {}

    /** The workflow command of one problem, on one line. */
    public static String of(Diagnostic d) {
        StringBuilder command = new StringBuilder("::").append(d.isError() ? "error" : "warning")
                .append(" file=").append(property(d.location().file()));
        if (d.location().line() > 0) {
            command.append(",line=").append(d.location().line()).append(",col=").append(d.location().column());
        }
        return command.append(",title=").append(property(TITLE)).append("::").append(data(d.message())).toString();
    }

    /** A command's message: its line breaks and percent signs escaped. */
    static String data(String text) {
        return UserText.escape(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as a message, and its colons and commas escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
