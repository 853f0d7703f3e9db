package dev.kitgen.write;

import java.nio.charset.StandardCharsets;

/** A rendered document and where it goes, relative to the output folder ({@code ROLE/LANG/FILE}). */
public record Output(String path, byte[] bytes) {

    public static Output text(String path, String text) {
        return new Output(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
