import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step, run on the shaded jar before the CDS archive is recorded (see pom.xml):
 * {@code java -cp asm.jar src/build/java/UpgradeClassFiles.java target/kitgen.jar}.
 *
 * <p>picocli ships class files of Java 5 (version 49). The JVM checks those with its old,
 * slow verifier and a class-data-sharing archive cannot hold them, so every start loaded,
 * parsed and verified about 230 of them: a fifth of a one-document run. This rewrites every
 * class file older than Java 6 to version 52 (Java 8): the same bytecode, plus the stack map
 * frames that version requires, computed by ASM. Then it loads and initialises each rewritten
 * class, so that a frame the JVM would reject fails the build, not a user's run. Every other
 * entry of the jar is copied unchanged, in its order.
 */
public final class UpgradeClassFiles {

    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: UpgradeClassFiles JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
        List<String> rewritten = new ArrayList<>();
        try (URLClassLoader original = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                    bytes = upgrade(bytes, original);
                    rewritten.add(entry.getName());
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        verify(upgraded, rewritten);
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("UpgradeClassFiles: " + rewritten.size() + " class files rewritten to version 52 in " + jar);
    }

    private static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : (classFile[6] & 0xff) << 8 | (classFile[7] & 0xff);
    }

    private static byte[] upgrade(byte[] classFile, ClassLoader types) {
        ClassReader reader = new ClassReader(classFile);
        // Not new ClassWriter(reader, ...): given the reader, ASM copies unchanged methods as
        // they are, without the frames this is for.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types; // frames name the common superclass of two types: look them up in the jar
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** Loads and initialises every rewritten class, which makes the JVM verify it. */
    private static void verify(Path jar, List<String> rewritten) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String file : rewritten) {
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    Files.deleteIfExists(jar);
                    throw new IllegalStateException("the rewritten " + name + " does not load: " + e, e);
                }
            }
        }
    }

    private UpgradeClassFiles() {}
}
