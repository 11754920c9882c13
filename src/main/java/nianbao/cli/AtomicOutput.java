package nianbao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written beside its target and moved in only on {@link #commit}: a failed or
 * interrupted run leaves the previous file as it was and no half file.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target, tmp;
    private final OutputStream out;
    private boolean committed;

    AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        if (this.target.getParent() != null) Files.createDirectories(this.target.getParent());
        tmp = Files.createTempFile(this.target.getParent(), ".nianbao", ".tmp");
        out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
    }

    OutputStream stream() {
        return out;
    }

    void commit() throws IOException {
        out.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        out.close();
        Files.deleteIfExists(tmp);
    }
}
