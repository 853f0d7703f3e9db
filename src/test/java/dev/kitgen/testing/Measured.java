package dev.kitgen.testing;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * A kitgen run with the work it did, as the JVM counts it: the bytes the running thread
 * allocated, garbage included, so a test can prove a hostile file is turned away with bounded
 * work. Loading, validating and rendering a single document run on this thread; a render of
 * several documents spreads them over a pool whose threads are not counted here, so bound such a
 * render by what it writes.
 */
public record Measured(CommandResult result, long allocatedBytes) {

    public static Measured run(Path cwd, String... args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(id);
        CommandResult result = Kitgen.run(cwd, args);
        return new Measured(result, threads.getThreadAllocatedBytes(id) - allocated);
    }

    public long allocatedMiB() {
        return allocatedBytes / (1024 * 1024);
    }

    @Override
    public String toString() {
        return allocatedMiB() + " MiB allocated";
    }
}
