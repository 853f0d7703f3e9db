package dev.kitgen;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No method of kitgen's own code runs longer than {@link #MAX_LINES} lines: a longer one does
 * several things that want names of their own. Measured on the compiled classes, from the
 * first to the last line that holds code, so that comments above a method do not count.
 */
class MethodLengthTest {

    static final int MAX_LINES = 60;

    @Test
    void noMethodOfTheMainCodeIsLongerThanSixtyLines() throws IOException, URISyntaxException {
        Path classes = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> tooLong = new ArrayList<>();
        int methods;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/kitgen"))) {
            List<Path> classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            methods = 0;
            for (Path file : classFiles) methods += measure(file, tooLong);
        }
        assertThat(methods).as("methods measured").isGreaterThan(300);
        assertThat(tooLong).as("methods longer than " + MAX_LINES + " lines").isEmpty();
    }

    /** Adds the methods of one class file that are too long; returns how many methods it has with code. */
    private static int measure(Path file, List<String> tooLong) {
        int[] counted = {0};
        try (InputStream in = Files.newInputStream(file)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                String owner;

                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    owner = name.replace('/', '.');
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        int first = Integer.MAX_VALUE;
                        int last = Integer.MIN_VALUE;

                        @Override
                        public void visitLineNumber(int line, Label start) {
                            first = Math.min(first, line);
                            last = Math.max(last, line);
                        }

                        @Override
                        public void visitEnd() {
                            if (first > last) return;
                            counted[0]++;
                            int lines = last - first + 1;
                            if (lines > MAX_LINES) {
                                tooLong.add(owner + "." + name + ": " + lines + " lines (" + first + "–" + last + ")");
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counted[0];
    }
}
