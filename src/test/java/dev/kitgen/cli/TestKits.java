package dev.kitgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small kits written into a test's working folder, so each test shows the YAML it checks. */
final class TestKits {

    /** A valid two-criterion, two-stage kit; tests change a line of it to break one rule. */
    static final String TINY = """
            kit: 1
            id: tiny
            lang: en
            role: Tiny Engineer
            summary: Builds tiny things.
            criteria:
              - id: coding
                title: Writes code
                weight: 2
                anchors:
                  1: Cannot write a loop.
                  4: Writes code others extend.
              - id: design
                title: Designs systems
            stages:
              - id: screen
                title: Screen
                minutes: 30
                assesses: [coding]
                questions:
                  - id: warmup
                    ask: Tell us about a bug you fixed.
                    assesses: [coding]
              - id: onsite
                title: Onsite
                minutes: 60
                assesses: [coding, design]
            tips:
              - id: listen
                text: Listen more than you talk.
            """;

    /** A complete Spanish translation of {@link #TINY}. */
    static final String TINY_ES = """
            kit: 1
            lang: es
            role: Ingeniera diminuta
            summary: Construye cosas diminutas.
            criteria:
              coding:
                title: Escribe código
                anchors:
                  1: No sabe escribir un bucle.
                  4: Escribe código que otros amplían.
              design:
                title: Diseña sistemas
            stages:
              screen:
                title: Cribado
                questions:
                  warmup:
                    ask: Háblanos de un error que corregiste.
              onsite:
                title: Presencial
            tips:
              listen:
                text: Escucha más de lo que hablas.
            """;

    static void write(Path cwd, String role, String file, String yaml) {
        try {
            Path dir = cwd.resolve("kits").resolve(role);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #TINY} with one piece of text replaced; fails the test if the text is not there. */
    static String tiny(String from, String to) {
        if (!TINY.contains(from)) throw new IllegalArgumentException("TINY has no '" + from + "'");
        return TINY.replace(from, to);
    }

    private TestKits() {}
}
