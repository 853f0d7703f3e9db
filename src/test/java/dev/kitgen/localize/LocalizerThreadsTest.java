package dev.kitgen.localize;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.usecase.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are rendered on several threads from one localizer. Its lookups by id were once
 * filled lazily in a HashMap, and a PDF render failed now and then with a
 * ConcurrentModificationException reported as an internal error.
 */
class LocalizerThreadsTest {

    @TempDir
    Path cwd;

    @Test
    void oneLocalizerServesManyThreadsAtOnce() throws Exception {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            kit.append("  - {id: c").append(i).append(", title: T").append(i).append("}\n");
            ids.append(i == 0 ? "" : ", ").append('c').append(i);
        }
        kit.append("stages:\n");
        for (int s = 0; s < 20; s++) kit.append("  - {id: s").append(s).append(", title: S, assesses: [").append(ids).append("]}\n");
        KitFixtures.write(cwd, "x", "kit.yaml", kit.toString());
        Diagnostics diagnostics = new Diagnostics();
        KitBundle bundle = new dev.kitgen.usecase.Kits(Folder.onDisk(cwd.resolve("kits"), cwd)).read(RoleId.of("x"), diagnostics).orElseThrow();
        Catalog catalog = Catalogs.load(Language.of("en"), List.of(Folder.builtIn("templates")), diagnostics);

        for (int round = 0; round < 20; round++) {
            Localizer localizer = new Localizer(bundle, catalog, "kitgen test", "sha256:test");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> views = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String stage = "s" + t;
                views.add(pool.submit(() -> {
                    start.await();
                    return List.of(localizer.guide(), localizer.scorecard(stage, false));
                }));
            }
            start.countDown();
            for (Future<Object> view : views) assertThat(view.get()).isNotNull();
            pool.shutdown();
        }
    }

}
