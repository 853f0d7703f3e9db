package dev.kitgen.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * What picocli parsed for one option or positional parameter of a {@link Declaration}: its
 * initial value until the command line gives another. The command reads it when it runs.
 */
final class Value<T> {

    private T value;

    T get() {
        return value;
    }

    /** How picocli reads and writes the value (its getter and setter are generic methods, so no lambdas). */
    Binding binding() {
        return new Binding();
    }

    final class Binding implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R next) {
            R old = (R) value;
            value = (T) next;
            return old;
        }
    }
}
