package nianbao.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Expands what the user named (files, folders, zip archives) into the reports to audit, in a stable
 * order, so that every file gets a result. Files on disk are only looked at (their size checked)
 * here and read when audited. Zips are streamed, never written to disk, within {@link Limits}: the
 * size of one entry, the expanded size and the number of entries of the whole archive, and the
 * depth of zips inside zips. A zip bomb stops at the expanded-size limit with a problem, keeping the
 * entries read before; entry names that climb out of the archive ("../x.txt", "/etc/x") are shown
 * under a safe name. The entries of a zip on disk are read again from it when audited: the zip stays
 * open for them until {@link #close} (or the end of the program).
 */
public final class InputFiles implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);
    static final Set<String> REPORT_TYPES = Set.of("txt", "md", "html", "htm", "js", "pdf", "docx", "doc", "wps");
    private static final String SUPPORTED = "支持 .txt .md .html .pdf .docx .doc .wps";
    private static final int CHUNK = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Limits limits;

    public InputFiles(Limits limits) {
        this.limits = limits;
    }

    public static InputFiles withDefaults() {
        return new InputFiles(Limits.DEFAULTS);
    }

    public Limits limits() { return limits; }

    public List<InputFile> expand(List<Path> paths) {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    for (Path f : walk(p)) add(f, out);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("cannot walk {}", p, e);
                    out.add(InputFile.failed(p.toString(), "无法读取文件夹（" + e.getClass().getSimpleName()
                            + "），其中的报告未审查。请检查文件夹的访问权限后重试。"));
                }
            } else if (Files.exists(p)) {
                add(p, out);
            } else {
                out.add(InputFile.failed(p.toString(), "文件不存在：" + p + "。请检查路径是否正确。"));
            }
        }
        return out;
    }

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> isReport(f.getFileName().toString()) || ext(f.getFileName().toString()).equals("zip"))
                    .sorted().toList();
        }
    }

    private void add(Path f, List<InputFile> out) {
        String name = f.toString();
        try {
            long size = Files.size(f); // never read a file whole before knowing its size
            if (ext(name).equals("zip")) {
                readZip(name, f, out);
            } else if (size > limits.maxFileBytes()) {
                out.add(InputFile.failed(name, tooLarge(size)));
            } else {
                out.add(InputFile.onDisk(name, f));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}", name, e);
            out.add(InputFile.failed(name, "无法读取文件（" + e.getClass().getSimpleName() + "）。请检查文件是否存在、是否有读取权限。"));
        }
    }

    String tooLarge(long size) {
        return "文件过大（" + Limits.mb(size) + "，上限 " + Limits.mb(limits.maxFileBytes()) + "），未读取、未审查。"
                + "年度报告通常只有几 MB：请确认文件是否正确；若确为报告，可压缩其中的图片，或在 nianbao.yaml 中调高 max-file-mb。";
    }

    private void readZip(String zipName, Path f, List<InputFile> out) throws IOException {
        ZipReader reader = new ZipReader();
        reader.onDisk = f;
        try (InputStream in = Files.newInputStream(f)) {
            reader.readTop(zipName, in, out, () -> Files.newInputStream(f));
        }
    }

    /** Zips on disk kept open for their entries to be read when audited. */
    private final List<InputFile.OpenZip> open = new ArrayList<>();

    /** Closes the zips whose entries were listed (an entry read later opens its zip again). */
    @Override
    public void close() {
        for (InputFile.OpenZip z : open) {
            try {
                z.close();
            } catch (IOException e) {
                LOG.debug("closing a zip", e);
            }
        }
        open.clear();
    }

    interface Source {
        InputStream open() throws IOException;
    }

    /** One top-level zip: the budget of expanded bytes and entries is shared by the zips nested in it. */
    private final class ZipReader {
        long expanded;
        int entries;
        boolean stopped;
        /** The top-level zip's file, whose entries are read again when audited (null: keep the bytes). */
        Path onDisk;

        void readTop(String zipName, InputStream in, List<InputFile> out, Source reopen) throws IOException {
            read(zipName, in, 1, out, reopen);
        }

        /** Reads one zip (at nesting depth {@code depth}, 1 for a zip named by the user) into out. */
        void read(String zipName, InputStream raw, int depth, List<InputFile> out, Source reopen) throws IOException {
            PushbackInputStream in = new PushbackInputStream(raw, 4);
            byte[] magic = in.readNBytes(4);
            if (magic.length > 0) in.unread(magic);
            boolean entryHeader = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            boolean emptyZip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 5 && magic[3] == 6;
            if (emptyZip || magic.length == 0) {
                out.add(InputFile.failed(zipName, "压缩包是空的，没有任何文件，未审查。请确认打包时是否遗漏了报告文件。"));
                return;
            }
            if (!entryHeader) {
                out.add(InputFile.failed(zipName, "文件扩展名为 .zip，但内容不是 zip 压缩包（可能已损坏、下载不完整，或是 rar/7z 等其他格式），无法解压。"
                        + "请重新打包为 zip，或直接提交报告文件。"));
                return;
            }
            int start = out.size();
            long expandedAtStart = expanded;
            int entriesAtStart = entries;
            try {
                readEntries(zipName, in, depth, out, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badName) {
                // entry names in the local code page (GBK), as zips made on Chinese Windows have
                LOG.info("{}: entry names are not UTF-8, reading them as GB18030", zipName);
                out.subList(start, out.size()).clear();
                expanded = expandedAtStart;
                entries = entriesAtStart;
                stopped = false;
                try (InputStream again = reopen.open()) {
                    readEntries(zipName, again, depth, out, GB18030);
                } catch (IllegalArgumentException | IOException e) {
                    broken(zipName, e, out);
                }
            } catch (IOException e) {
                broken(zipName, e, out);
            }
            if (out.size() == start) {
                out.add(InputFile.failed(zipName, "压缩包中没有可审查的报告文件（" + SUPPORTED + "），未审查。请确认打包的是报告文件。"));
            }
        }

        private void broken(String zipName, Exception e, List<InputFile> out) {
            LOG.warn("zip {} broken", zipName, e);
            out.add(InputFile.failed(zipName, "压缩包已损坏、不完整或已加密，无法继续解压（" + e.getClass().getSimpleName()
                    + "）；此前读出的文件照常审查，其余未审查。请重新打包（不设密码）后提交。"));
        }

        private void readEntries(String zipName, InputStream in, int depth, List<InputFile> out, Charset names) throws IOException {
            ZipInputStream zin = new ZipInputStream(in, names);
            for (ZipEntry e; !stopped && (e = zin.getNextEntry()) != null; ) {
                if (++entries > limits.maxZipEntries()) {
                    out.add(InputFile.failed(zipName, "压缩包内的文件数超过上限（" + limits.maxZipEntries() + " 个），其余文件未解压、未审查；"
                            + "此前读出的文件照常审查。请分批打包提交，或在 nianbao.yaml 中调高 max-zip-entries。"));
                    stopped = true;
                    return;
                }
                if (e.isDirectory()) continue;
                String safe = safeName(e.getName());
                if (!safe.equals(e.getName())) LOG.warn("{}: unsafe entry name '{}' shown as '{}'", zipName, e.getName(), safe);
                String name = zipName + "!/" + safe;
                boolean nested = ext(safe).equals("zip");
                if (!nested && !isReport(safe)) {
                    if (!skip(zin)) { bomb(zipName, out); return; }
                    continue;
                }
                if (nested && depth >= limits.maxZipDepth()) {
                    out.add(InputFile.failed(name, "压缩包嵌套层数超过上限（" + limits.maxZipDepth() + " 层：压缩包里的压缩包最多套到这一层），内层压缩包未解压、未审查。"
                            + "请解开后再提交。"));
                    if (!skip(zin)) { bomb(zipName, out); return; }
                    continue;
                }
                long left = limits.maxZipExpandedBytes() - expanded;
                long max = Math.min(limits.maxFileBytes(), left);
                byte[] bytes = readEntry(zin, max);
                if (bytes == null) {
                    if (left <= limits.maxFileBytes() || !skip(zin)) { bomb(zipName, out); return; }
                    out.add(InputFile.failed(name, "压缩包内的该文件解压后超过单个文件上限（" + Limits.mb(limits.maxFileBytes())
                            + "），未审查。年度报告通常只有几 MB：请确认文件是否正确。"));
                    continue;
                }
                if (nested) {
                    byte[] inner = bytes;
                    read(name, new ByteArrayInputStream(inner), depth + 1, out, () -> new ByteArrayInputStream(inner));
                } else if (depth == 1 && onDisk != null && readable(e.getName(), names)) {
                    out.add(InputFile.inZip(name, new InputFile.ZipEntryRef(zip, e.getName())));
                } else {
                    out.add(InputFile.of(name, bytes));
                }
            }
        }

        private InputFile.OpenZip zip;
        private Charset failedFor;

        /** Whether the entry can be read again by name from the zip on disk (a sound central directory); else its bytes are kept. */
        private boolean readable(String entry, Charset names) {
            if (names.equals(failedFor)) return false;
            if (zip == null || !zip.names().equals(names)) {
                zip = new InputFile.OpenZip(onDisk, names);
                open.add(zip);
            }
            try {
                return zip.has(entry);
            } catch (IOException | RuntimeException e) {
                LOG.info("{}: entries kept in memory, no random access with {} names ({})", onDisk, names, e.toString());
                failedFor = names;
                return false;
            }
        }

        private void bomb(String zipName, List<InputFile> out) {
            LOG.warn("zip {}: expanded size over {} bytes, stopped", zipName, limits.maxZipExpandedBytes());
            out.add(InputFile.failed(zipName, "压缩包解压后的总大小超过上限（" + Limits.mb(limits.maxZipExpandedBytes())
                    + "），疑似“压缩炸弹”，已停止解压；此前读出的文件照常审查，其余未审查。请核实压缩包来源，或分批打包提交。"));
            stopped = true;
        }

        /** The current entry's bytes, or null once more than max have been read (the rest is left unread). */
        private byte[] readEntry(InputStream in, long max) throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            for (int n; (n = in.read(chunk)) > 0; ) {
                total += n;
                expanded += n;
                if (total > max) return null;
                buf.write(chunk, 0, n);
            }
            return buf.toByteArray();
        }

        /** Reads past the rest of the current entry, counting it; false when the expanded-size limit is reached. */
        private boolean skip(InputStream in) throws IOException {
            byte[] chunk = new byte[CHUNK];
            for (int n; (n = in.read(chunk)) > 0; ) {
                expanded += n;
                if (expanded > limits.maxZipExpandedBytes()) return false;
            }
            return true;
        }
    }

    /**
     * A name to show for a zip entry that cannot point outside the archive: backslashes as slashes,
     * no drive letter, no leading slash, no "." or ".." segments, no control characters.
     */
    static String safeName(String raw) {
        String s = raw.replace('\\', '/');
        StringBuilder out = new StringBuilder();
        for (String seg : s.split("/")) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) continue;
            if (out.isEmpty() && seg.length() == 2 && seg.charAt(1) == ':' && Character.isLetter(seg.charAt(0))) continue;
            StringBuilder clean = new StringBuilder();
            seg.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '_' : c));
            if (!out.isEmpty()) out.append('/');
            out.append(clean);
        }
        return out.isEmpty() ? "未命名" : out.toString();
    }

    static boolean isReport(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return !base.startsWith(".") && !base.toUpperCase(Locale.ROOT).startsWith("README") && REPORT_TYPES.contains(ext(base));
    }

    private static String ext(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
