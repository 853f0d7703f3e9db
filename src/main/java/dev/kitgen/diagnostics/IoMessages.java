package dev.kitgen.diagnostics;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.io.IOException;

/**
 * Says in words what an I/O failure was ("/out/guide.md: permission denied"), instead of
 * printing a Java exception class name to a user.
 */
public final class IoMessages {

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile() + ": ";
            String reason;
            if (f instanceof NoSuchFileException) reason = "no such file or folder";
            else if (f instanceof AccessDeniedException) reason = "permission denied";
            else if (f instanceof FileAlreadyExistsException) reason = "already exists";
            else if (f instanceof NotDirectoryException) reason = "not a folder";
            else if (f instanceof DirectoryNotEmptyException) reason = "folder is not empty";
            else reason = f.getReason() == null ? "cannot be written" : f.getReason().toLowerCase(java.util.Locale.ROOT);
            return file + reason;
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** A failure to read or write a user's files: a problem to report, not a bug. */
    public static KitgenException failed(String what, String where, IOException e) {
        return new KitgenException(Location.ofFile(where), "cannot " + what + ": " + describe(e));
    }

    private IoMessages() {}
}
