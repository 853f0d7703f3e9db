package dev.kitgen.model;

/**
 * A piece of translatable text from {@code kit.yaml}. {@code key} names it in every translation
 * file (for example {@code stages.system-design.questions.tradeoffs.ask}); an optional text that
 * was not written is empty.
 */
public record Text(String key, String value) {

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
