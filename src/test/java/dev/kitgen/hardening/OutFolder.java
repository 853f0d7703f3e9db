package dev.kitgen.hardening;

import dev.kitgen.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What an out folder holds, for tests that compare it before and after a run that failed. */
public final class OutFolder {

    /**
     * Every file below {@code dir}, by path relative to it, with its bytes. A temporary or backup
     * file fails the test: none may stay behind.
     */
    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = TestFiles.snapshot(dir);
        assertThat(files.keySet()).as("no temporary file stays behind")
                .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".bak"));
        return files;
    }

    /** As {@link #files}, with each file read as UTF-8 text. */
    public static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        files(dir).forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private OutFolder() {}
}
