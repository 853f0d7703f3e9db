package dev.kitgen.diagnostics;

/**
 * The user asked for something that does not exist or cannot be done (an unknown role, a
 * language the kit lacks, an output folder that is a file). The CLI maps it to exit code 2.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
