package nianbao.store;

import nianbao.pipeline.Auditor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The uploaded originals, stored by content: {@code originals/<first two hex digits>/<sha256>}. The
 * uploaded name is never used for a path (it is kept in the database for display), so no name can
 * make the workspace write outside its data directory. Writing the same content twice is a no-op.
 */
public final class Originals {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private final Path dir;

    public Originals(Path dataDir) {
        this.dir = dataDir.toAbsolutePath().resolve("originals");
    }

    /** Stores the bytes (atomically: a temporary file moved in) and returns their sha256. */
    public String put(byte[] bytes) {
        String sha = Auditor.sha256(bytes); // computed here, not taken from the caller: the name must be the content's
        Path target = path(sha);
        if (Files.exists(target)) return sha;
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha;
    }

    /** The stored bytes of {@code sha}, or null when there are none. */
    public byte[] get(String sha) {
        if (sha == null || !SHA.matcher(sha).matches()) return null;
        Path p = path(sha);
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha) {
        if (!SHA.matcher(sha).matches()) throw new IllegalArgumentException("not a sha256: " + sha);
        return dir.resolve(sha.substring(0, 2)).resolve(sha);
    }
}
