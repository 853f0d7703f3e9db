package dev.kitgen.load;

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
 * jar and its start-up to every run. It is asked not to lock or write the index.
 */
final class KitVersion {

    /** Bounds what is read from git's answer: an id, a date and a few status lines are all that is needed. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private KitVersion() {}

    /** The version of the kit in {@code dir}, from git, or else from the digest of {@code files} (names below {@code dir}). */
    static String of(Path dir, List<String> files) {
        return fromGit(dir).orElseGet(() -> digest(dir, files));
    }

    private static Optional<String> fromGit(Path dir) {
        if (!Files.isDirectory(dir) || dir.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return Optional.empty();
        }
        Optional<String> last = git(dir, "log", "-1", "--format=%h %cs", "--", ".");
        if (last.isEmpty() || last.get().isBlank()) return Optional.empty();
        boolean changed = git(dir, "status", "--porcelain", "--", ".").map(s -> !s.isBlank()).orElse(false);
        return Optional.of(last.get().strip() + (changed ? " +" : ""));
    }

    /** git's answer to {@code args} in {@code dir}, or empty if git is missing, fails or the folder is in no repository. */
    private static Optional<String> git(Path dir, String... args) {
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

    private static String digest(Path dir, List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : files.stream().sorted().toList()) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(dir.resolve(name)));
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
