package nianbao.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * The limits that keep one hostile or broken input from stopping a batch: how big a file may be,
 * how many pages a PDF, how much a zip may expand to and how many entries and levels of nesting it
 * may have, and how long one file's audit may take. Read from the {@code limits:} block of an
 * optional {@code nianbao.yaml}:
 *
 * <pre>
 * limits:
 *   max-file-mb: 100          # one file (on disk or inside a zip)
 *   max-pdf-pages: 500
 *   max-zip-expanded-mb: 1024 # all entries of one zip together, nested zips included
 *   max-zip-entries: 10000
 *   max-zip-depth: 3          # zips counted from the outer one: a zip inside a zip inside a zip
 *   max-seconds-per-file: 120
 * </pre>
 */
public record Limits(long maxFileBytes, int maxPdfPages, long maxZipExpandedBytes, int maxZipEntries,
                     int maxZipDepth, Duration maxTimePerFile) {

    public static final String FILE_NAME = "nianbao.yaml";

    public static final Limits DEFAULTS = new Limits(100L << 20, 500, 1L << 30, 10_000, 3, Duration.ofSeconds(120));

    public Limits {
        if (maxFileBytes <= 0 || maxPdfPages <= 0 || maxZipExpandedBytes <= 0 || maxZipEntries <= 0 || maxZipDepth < 1
                || maxTimePerFile == null || maxTimePerFile.isNegative() || maxTimePerFile.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxFileBytes(long v) { return new Limits(v, maxPdfPages, maxZipExpandedBytes, maxZipEntries, maxZipDepth, maxTimePerFile); }
    public Limits withMaxPdfPages(int v) { return new Limits(maxFileBytes, v, maxZipExpandedBytes, maxZipEntries, maxZipDepth, maxTimePerFile); }
    public Limits withMaxZipExpandedBytes(long v) { return new Limits(maxFileBytes, maxPdfPages, v, maxZipEntries, maxZipDepth, maxTimePerFile); }
    public Limits withMaxZipEntries(int v) { return new Limits(maxFileBytes, maxPdfPages, maxZipExpandedBytes, v, maxZipDepth, maxTimePerFile); }
    public Limits withMaxZipDepth(int v) { return new Limits(maxFileBytes, maxPdfPages, maxZipExpandedBytes, maxZipEntries, v, maxTimePerFile); }
    public Limits withMaxTimePerFile(Duration v) { return new Limits(maxFileBytes, maxPdfPages, maxZipExpandedBytes, maxZipEntries, maxZipDepth, v); }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * The limits of {@code nianbao.yaml}: {@code path} is that file, or a folder (the project home)
     * that may hold it. No file, or no {@code limits:} block: {@link #DEFAULTS}; a key not given
     * keeps its default.
     *
     * @throws IllegalArgumentException for an unknown key or a value that is not a positive whole
     *                                  number, naming the file and the key
     */
    public static Limits load(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        if (!Files.isRegularFile(file)) return DEFAULTS;
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + ":" + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) return DEFAULTS;
        JsonNode block = root.get("limits");
        if (block == null || block.isNull()) return DEFAULTS;
        if (!block.isObject()) throw new IllegalArgumentException(file + ": 'limits' must be a map of limit: number");
        Limits l = DEFAULTS;
        for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long v = number(file, e.getKey(), e.getValue());
            l = switch (e.getKey()) {
                case "max-file-mb" -> l.withMaxFileBytes(v << 20);
                case "max-pdf-pages" -> l.withMaxPdfPages(toInt(v));
                case "max-zip-expanded-mb" -> l.withMaxZipExpandedBytes(v << 20);
                case "max-zip-entries" -> l.withMaxZipEntries(toInt(v));
                case "max-zip-depth" -> l.withMaxZipDepth(toInt(v));
                case "max-seconds-per-file" -> l.withMaxTimePerFile(Duration.ofSeconds(v));
                default -> throw new IllegalArgumentException(file + ": unknown limit '" + e.getKey()
                        + "' (known: max-file-mb, max-pdf-pages, max-zip-expanded-mb, max-zip-entries, max-zip-depth, max-seconds-per-file)");
            };
        }
        return l;
    }

    private static long number(Path file, String key, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1 || v.asLong() > (1L << 40)) {
            throw new IllegalArgumentException(file + ": limit '" + key + "' must be a whole number ≥ 1, not '" + v.asText() + "'");
        }
        return v.asLong();
    }

    private static int toInt(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }

    /** "100 MB" for messages. */
    public static String mb(long bytes) {
        return bytes >= (1L << 20) ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " 字节";
    }
}
