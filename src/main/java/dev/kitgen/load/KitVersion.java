package dev.kitgen.load;

import dev.kitgen.files.Folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a kit's files a document was made from, so that a printed page can be traced
 * back: in a git work tree, the short id and date of the last commit that changed the kit's
 * folder ({@code 3f2a9c1 2026-11-27}, with {@code +} when the folder has changes not committed);
 * elsewhere (the built-in kits, a folder outside git, no git installed), a digest of the kit's
 * files ({@code sha256:1a2b3c4d}). The same files give the same version, so the same bytes.
 *
 * <p>git itself answers, run as a process: it reads repositories exactly as the user's git does
 * (worktrees, submodules, packed refs), and a library that does (JGit) would add megabytes to the
 * jar and its start-up to every run. It is asked not to lock or write the index. Its two
 * questions (the last commit, and whether anything changed since) are asked at once, and as soon
 * as a render knows its kit's folder: git answers on another core while kitgen reads and checks
 * the kit's files, instead of keeping a cold run waiting for two processes one after the other.
 */
public final class KitVersion {

    /** Bounds what is read from git's answer: an id, a date and a few status lines are all that is needed. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** The kit's files: its folder in a kits folder, on disk or built into kitgen. */
    private final Folder kits;
    private final String role;
    /** git's two processes, running; absent when git is not asked (not a folder on disk) or cannot be started. */
    private final Optional<Process> log;
    private final Optional<Process> status;
    /** git's answer once read: it can be read only once. */
    private Optional<String> fromGit;

    private KitVersion(Folder kits, String role) {
        this.kits = kits;
        this.role = role;
        // A role folder that leads outside the kits folder is not read (the read says so), nor asked about.
        Optional<Path> asked = kits.onDisk() ? kits.resolve(role).filter(Files::isDirectory) : Optional.empty();
        this.log = asked.flatMap(d -> start(d, "log", "-1", "--format=%h %cs", "--", "."));
        this.status = asked.flatMap(d -> log.isPresent() ? start(d, "status", "--porcelain", "--", ".") : Optional.empty());
    }

    /** Starts finding out the version of the kit of {@code role} in {@code kits}; {@link #of} then waits for the answer. */
    static KitVersion ask(Folder kits, String role) {
        return new KitVersion(kits, role);
    }

    /** The version of the kit: from git, or else from the digest of {@code files} (names below its folder). */
    public String of(List<String> files) {
        if (fromGit == null) fromGit = fromGit();
        return fromGit.orElseGet(() -> digest(files));
    }

    private Optional<String> fromGit() {
        Optional<String> last = log.flatMap(KitVersion::answer);
        Optional<String> changes = status.flatMap(KitVersion::answer);
        if (last.isEmpty() || last.get().isBlank()) return Optional.empty();
        boolean changed = changes.map(s -> !s.isBlank()).orElse(false);
        return Optional.of(last.get().strip() + (changed ? " +" : ""));
    }

    /** git running {@code args} in {@code dir}, or empty if git is missing. */
    private static Optional<Process> start(Path dir, String... args) {
        // No file-system monitor: a repository's configuration must not make a render start programs.
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.fsmonitor=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return Optional.of(process);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What git said, or empty if it failed or the folder is in no repository. */
    private static Optional<String> answer(Process process) {
        try {
            byte[] answer;
            try (InputStream in = process.getInputStream()) {
                answer = in.readNBytes(MAX_ANSWER_BYTES);
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return process.waitFor() == 0 ? Optional.of(new String(answer, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String digest(List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : files.stream().sorted().toList()) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(kits.file(role + "/" + name).orElseThrow(() -> new IOException("gone: " + name)).read());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (IOException e) {
            return "sha256:unknown";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
