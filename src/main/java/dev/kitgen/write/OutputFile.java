package dev.kitgen.write;

import java.nio.charset.StandardCharsets;

/** A rendered document and where it goes, relative to the output folder ({@code ROLE/LANG/FILE}). */
public record OutputFile(String path, byte[] bytes) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
