package nianbao.pipeline;

import java.io.IOException;
import java.io.InputStream;
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
 * order. Folders are walked for report files; zips are read in memory within size limits, so a zip
 * bomb or a huge file is answered with a problem instead of exhausting memory.
 */
public final class InputFiles {
    static final Set<String> REPORT_TYPES = Set.of("txt", "md", "html", "htm", "js", "pdf", "docx", "doc", "wps");
    private final long maxFileBytes;
    private final long maxZipBytes;

    public InputFiles(long maxFileBytes, long maxZipBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxZipBytes = maxZipBytes;
    }

    public static InputFiles withDefaults() {
        return new InputFiles(100L << 20, 1L << 30);
    }

    public List<InputFile> expand(List<Path> paths) {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p)) add(f, out);
            } else if (Files.exists(p)) {
                add(p, out);
            } else {
                out.add(InputFile.failed(p.toString(), "文件不存在：" + p));
            }
        }
        return out;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> isReport(f.getFileName().toString()) || ext(f.getFileName().toString()).equals("zip"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void add(Path f, List<InputFile> out) {
        String name = f.toString();
        try {
            long size = Files.size(f);
            if (size > maxFileBytes) {
                out.add(InputFile.failed(name, "文件过大（" + (size >> 20) + " MB，上限 " + (maxFileBytes >> 20) + " MB），未审查。"));
            } else if (ext(name).equals("zip")) {
                readZip(name, Files.newInputStream(f), out);
            } else {
                out.add(InputFile.of(name, Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            out.add(InputFile.failed(name, "无法读取文件：" + e.getMessage()));
        }
    }

    private void readZip(String zipName, InputStream in, List<InputFile> out) throws IOException {
        long total = 0;
        try (ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.isDirectory() || !isReport(e.getName())) continue;
                String name = zipName + "!/" + e.getName();
                byte[] bytes = readLimited(zin, Math.min(maxFileBytes, maxZipBytes - total));
                if (bytes == null) {
                    out.add(InputFile.failed(name, "压缩包内文件解压后过大（超过上限），疑似压缩炸弹，未审查。"));
                    return;
                }
                total += bytes.length;
                out.add(InputFile.of(name, bytes));
            }
        } catch (IOException | IllegalArgumentException e) {
            out.add(InputFile.failed(zipName, "压缩包已损坏或无法解压：" + e.getMessage()));
        }
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] buf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return buf.length > limit ? null : buf;
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
