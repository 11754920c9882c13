package nianbao.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One report to audit: the name to show (path as given, or "batch.zip!/a/b.pdf" for a zip entry)
 * and its bytes, or the reason it could not be read from disk or archive. A file on disk, and an
 * entry of a zip on disk, is read only when it is audited ({@link #onDisk}, {@link #inZip}), so a
 * batch of many files never sits in memory at once.
 */
public record InputFile(String name, byte[] bytes, String problem, Path path, ZipEntryRef zipEntry) {

    public InputFile(String name, byte[] bytes, String problem) {
        this(name, bytes, problem, null, null);
    }

    public InputFile(String name, byte[] bytes, String problem, Path path) {
        this(name, bytes, problem, path, null);
    }

    /** An entry of a zip on disk, read again from the zip when audited, so that a zip of a whole province is never held in memory. */
    public record ZipEntryRef(OpenZip zip, String entry) {
        byte[] read() throws IOException {
            return zip.read(entry);
        }
    }

    /**
     * A zip on disk whose entries are audited one by one: opened once for all of them, as opening
     * reads the whole central directory (≈ 1 ms for 10,000 entries — for every entry, a batch would
     * spend more time there than in some of its audits). Opened again if read after {@link #close}.
     * {@code names}: the charset its entry names were read in.
     */
    public static final class OpenZip implements java.io.Closeable {
        private final Path path;
        private final java.nio.charset.Charset names;
        private java.util.zip.ZipFile file;

        OpenZip(Path path, java.nio.charset.Charset names) {
            this.path = path;
            this.names = names;
        }

        private synchronized java.util.zip.ZipFile file() throws IOException {
            if (file == null) file = new java.util.zip.ZipFile(path.toFile(), names);
            return file;
        }

        java.nio.charset.Charset names() {
            return names;
        }

        boolean has(String entry) throws IOException {
            return file().getEntry(entry) != null;
        }

        byte[] read(String entry) throws IOException {
            java.util.zip.ZipFile z = file();
            java.util.zip.ZipEntry e = z.getEntry(entry);
            if (e == null) throw new IOException("entry " + entry + " no longer in " + path);
            try (InputStream in = z.getInputStream(e)) {
                return in.readAllBytes();
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (file != null) file.close();
            file = null;
        }
    }

    /** An entry of a zip on disk, read when audited; its size was checked when the zip was listed. */
    public static InputFile inZip(String name, ZipEntryRef ref) {
        return new InputFile(name, null, null, null, ref);
    }

    public static InputFile of(String name, byte[] bytes) {
        return new InputFile(name, bytes, null, null);
    }

    public static InputFile failed(String name, String problem) {
        return new InputFile(name, null, problem, null);
    }

    /** A file on disk, read when audited. */
    public static InputFile onDisk(String name, Path path) {
        return new InputFile(name, null, null, path);
    }

    /** The bytes: those held, or the file's content read now; null for a file that could not be read. */
    @Override
    public byte[] bytes() {
        if (bytes != null || path == null && zipEntry == null) return bytes;
        try {
            return zipEntry != null ? zipEntry.read() : Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes, reading at most {@code maxBytes} of a file on disk: null when the file is larger
     * (it is never read into memory whole).
     */
    public byte[] read(long maxBytes) throws IOException {
        if (zipEntry != null) {
            byte[] b = zipEntry.read();
            return b.length > maxBytes ? null : b;
        }
        if (bytes != null || path == null) return bytes;
        if (Files.size(path) > maxBytes) return null;
        try (InputStream in = Files.newInputStream(path)) {
            // one byte more than allowed tells "too large"; no overflow for a limit near Long.MAX_VALUE
            int want = maxBytes >= Integer.MAX_VALUE - 9L ? Integer.MAX_VALUE - 8 : (int) maxBytes + 1;
            byte[] b = in.readNBytes(want);
            return b.length > maxBytes ? null : b;
        }
    }
}
