package dev.kitgen.usecase.render;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Templates;
import dev.kitgen.render.pdf.PdfConverter;
import dev.kitgen.write.OutputFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a render's jobs on a fixed pool of one thread per core (fewer for PDFs in a small heap:
 * see {@link #parallelism}) and gives back their outcomes in the order of the jobs, so that what
 * a run writes and reports does not depend on which thread was faster. A job that fails, with a
 * user's mistake (a template error, a document too large), or with a bug, is an outcome of that
 * job alone: the others go on.
 */
final class Jobs {

    /**
     * One thread per core and no more threads than jobs; for a run that makes PDFs, also no more
     * than the heap holds PDFs at their bounds ({@link PdfConverter#HEAP_PER_PDF}), since every
     * thread may be making one at once.
     */
    static int parallelism(List<Job> jobs) {
        boolean pdf = jobs.stream().anyMatch(job -> job.format() == Format.PDF);
        return parallelism(jobs.size(), Runtime.getRuntime().availableProcessors(),
                pdf ? Runtime.getRuntime().maxMemory() : Long.MAX_VALUE);
    }

    /** @param heapForPdfs the heap of a run that makes PDFs; {@code Long.MAX_VALUE} for one that makes none */
    static int parallelism(int jobs, int cores, long heapForPdfs) {
        long pdfs = heapForPdfs / PdfConverter.HEAP_PER_PDF;
        return (int) Math.max(1, Math.min(Math.min(cores, jobs), pdfs));
    }

    static List<Rendered> run(List<Job> jobs, int threads, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        if (threads <= 1) {
            List<Rendered> results = new ArrayList<>();
            for (Job job : jobs) results.add(run(job, done, jobs.size(), progress));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "kitgen-render");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Job, Future<Rendered>> futures = new IdentityHashMap<>();
            for (Job job : scheduled(jobs)) futures.put(job, pool.submit(() -> run(job, done, jobs.size(), progress)));
            List<Rendered> results = new ArrayList<>();
            for (Job job : jobs) results.add(futures.get(job).get());
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Not a bug: a stopped run, reported like any failed render (exit 1), with nothing written.
            throw new KitgenException(Location.ofFile("kitgen"), "interrupted while rendering; nothing was written");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The order the threads take the jobs in: folder by folder (a role in a language), as planned,
     * each folder's guides first, the longest documents, so that they are spread over the run. A
     * PDF packet joins its guide's and scorecards' PDFs, whose documents are held open from when
     * they are made until the packet takes them; so a folder's packets are taken after the next
     * folder's documents: by then the folder's documents are made, and the thread that takes a
     * packet does not wait for the other to finish one. A run's memory holds the documents of two
     * folders, however many folders it has: a packet that fails closes its parts' documents too.
     */
    static List<Job> scheduled(List<Job> jobs) {
        Map<String, List<Job>> folders = new LinkedHashMap<>();
        for (Job job : jobs) {
            folders.computeIfAbsent(job.path().substring(0, job.path().lastIndexOf('/') + 1), f -> new ArrayList<>()).add(job);
        }
        List<Job> order = new ArrayList<>(jobs.size());
        List<Job> packets = List.of();
        for (List<Job> folder : folders.values()) {
            folder.stream().filter(job -> job.doc() != Doc.PACKET)
                    .sorted(Comparator.comparing(job -> job.doc() != Doc.GUIDE)).forEach(order::add);
            order.addAll(packets);
            packets = folder.stream().filter(job -> job.doc() == Doc.PACKET).toList();
        }
        order.addAll(packets);
        return order;
    }

    private static Rendered run(Job job, AtomicInteger done, int total, Progress progress) {
        Rendered result;
        try {
            result = new Rendered(job, new OutputFile(job.path(), job.bytes().get()), List.of());
        } catch (KitgenException e) {
            result = new Rendered(job, null, e.diagnostics());
        } catch (PdfConverter.TooLarge | Templates.TooLong e) {
            result = new Rendered(job, null, List.of(tooLarge(job, e)));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, in kitgen or a library it uses, while making one document: the other
            // documents of the run are still written, and this one is reported as the bug it is.
            result = new Rendered(job, null, List.of(Diagnostic.error(Location.ofFile(job.kitFile()),
                    "internal error while rendering " + job.path() + " (a bug in kitgen, please report it with "
                            + "this kit): " + e)));
        }
        progress.documentDone(done.incrementAndGet(), total);
        return result;
    }

    /** A document refused for its size, at its kit's file, with what to render instead. */
    private static Diagnostic tooLarge(Job job, RuntimeException e) {
        String instead = job.doc() == Doc.PACKET
                ? "render the guide and the scorecards, which the packet holds, as " + (job.format().converted()
                        ? "PDFs" : "documents") + " of their own (--doc guide, then --doc scorecard)"
                : "shorten the kit's texts, or split the kit into smaller kits";
        return Diagnostic.error(Location.ofFile(job.kitFile()), job.path() + " is too large to render: "
                + e.getMessage() + "; " + instead);
    }

    private Jobs() {}
}
