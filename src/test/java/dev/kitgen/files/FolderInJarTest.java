package dev.kitgen.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in files, read from kitgen's jar without a zip file system, are the same folders as
 * those the jar was made from: the same names, files, folders and bytes.
 */
class FolderInJarTest {

    @TempDir
    Path dir;

    private static final Map<String, String> FILES = new TreeMap<>(Map.of(
            "templates/guide.md.mustache", "# {{doc.title}}\n",
            "templates/messages/en.yaml", "labels: {}\n",
            "templates/messages/es.yaml", "labels: {}\nformats: {}\n",
            "templates/partials/stage.md.mustache", "",
            "kits/tiny/kit.yaml", "kit: 1\n",
            "kits/tiny/es.yaml", "kit: 1\nlang: es\n"));

    /** A jar of classes and the built-in files, with the folder entries a jar tool writes; and the same files on disk. */
    private JarFiles jar() throws IOException {
        Path jarFile = dir.resolve("kitgen.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile))) {
            put(out, "dev/kitgen/cli/Main.class", "not really a class");
            out.putNextEntry(new JarEntry("kitgen/"));
            out.putNextEntry(new JarEntry("kitgen/templates/"));
            for (var file : FILES.entrySet()) put(out, "kitgen/" + file.getKey(), file.getValue());
            put(out, "kitgenother/templates/guide.md.mustache", "not built in");
        }
        for (var file : FILES.entrySet()) {
            Path path = dir.resolve("disk/" + file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return new JarFiles(jarFile);
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void aFolderInTheJarListsAndReadsWhatTheSameFolderOnDiskDoes() throws IOException {
        JarFiles jar = jar();
        for (String name : new String[]{"templates", "kits"}) {
            Folder inJar = Folder.inJar(jar, name);
            Folder onDisk = Folder.onDisk(dir.resolve("disk/" + name), dir.resolve("disk"));
            assertSame(inJar, onDisk);
            for (String sub : onDisk.names()) {
                if (onDisk.has(sub) && onDisk.file(sub).isEmpty()) assertSame(inJar.in(sub), onDisk.in(sub));
            }
        }
    }

    private static void assertSame(Folder inJar, Folder onDisk) throws IOException {
        assertThat(inJar.names()).as(onDisk.display()).isEqualTo(onDisk.names()).isNotEmpty();
        assertThat(inJar.display()).isEqualTo(onDisk.display());
        for (String name : onDisk.names()) {
            assertThat(inJar.has(name)).as(name).isTrue();
            assertThat(inJar.file(name).isPresent()).as(name).isEqualTo(onDisk.file(name).isPresent());
            if (onDisk.file(name).isPresent()) {
                FolderFile want = onDisk.file(name).orElseThrow();
                FolderFile got = inJar.file(name).orElseThrow();
                assertThat(got.read()).as(name).isEqualTo(want.read());
                assertThat(got.size()).as(name).isEqualTo(want.size());
            }
        }
        for (String absent : new String[]{"absent", "absent/kit.yaml", "../kits", "/etc/passwd", "a//b", "."}) {
            assertThat(inJar.has(absent)).as(absent).isFalse();
            assertThat(inJar.file(absent)).as(absent).isEmpty();
        }
        assertThat(inJar.in("absent").names()).isEmpty();
    }

    @Test
    void aBuiltInFolderSaysItIsBuiltInAndNotOnDisk() throws IOException {
        Folder templates = Folder.inJar(jar(), "templates");

        assertThat(templates.builtIn()).isTrue();
        assertThat(templates.onDisk()).isFalse();
        assertThat(templates.describe()).isEqualTo("kitgen's built-in templates");
        assertThat(templates.in("messages").show("es.yaml")).isEqualTo("templates/messages/es.yaml");
        assertThatThrownBy(templates::root).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Folder.inJar(jar(), "fonts")).as("a folder the jar lacks")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyFilesBelowKitgenAreBuiltIn() throws IOException {
        JarFiles jar = jar();

        assertThat(jar.isFile("templates/guide.md.mustache")).isTrue();
        assertThat(jar.isFolder("templates")).isTrue();
        assertThat(jar.isFile("templates")).as("a folder entry is not a file").isFalse();
        assertThat(jar.isFile("../dev/kitgen/cli/Main.class")).isFalse();
        assertThat(jar.isFolder("kitgenother")).isFalse();
    }
}
