package dev.kitgen.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A regular file of a {@link Folder}: on disk, or built into kitgen's jar. */
public interface FolderFile {

    /** Its size in bytes. */
    long size() throws IOException;

    /** Its bytes, from the start. */
    InputStream open() throws IOException;

    /** All its bytes. */
    default byte[] read() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    /** The file at {@code path} on disk. */
    static FolderFile onDisk(Path path) {
        return new FolderFile() {
            @Override
            public long size() throws IOException {
                return Files.size(path);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public String toString() {
                return path.toString();
            }
        };
    }
}
