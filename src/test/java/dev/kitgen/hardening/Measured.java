package dev.kitgen.hardening;

import dev.kitgen.cli.CommandResult;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * A kitgen run with what it cost: wall time and the bytes the running thread allocated (the
 * JVM's own count, so a test can prove a hostile file is turned away in bounded memory).
 */
public record Measured(CommandResult result, long millis, long allocatedBytes) {

    public static Measured run(Path cwd, String... args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        CommandResult result = CommandResult.run(cwd, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measured(result, millis, threads.getThreadAllocatedBytes(id) - allocated);
    }

    public long allocatedMiB() {
        return allocatedBytes / (1024 * 1024);
    }

    @Override
    public String toString() {
        return millis + " ms, " + allocatedMiB() + " MiB allocated";
    }
}
