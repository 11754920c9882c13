package nianbao.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nianbao.findings.Finding;
import nianbao.findings.NotAssessed;
import nianbao.findings.Verdict;
import nianbao.parse.CellRead;
import nianbao.parse.Metadata;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The results of a batch parked on disk between the first phase (each report on its own) and the
 * output, so that memory does not grow with the batch: what the outputs need (file, verdict, meta,
 * cells, findings), one JSON document a report (after its length), in batch order; not the tables and prose, which the
 * batch-level rules take from {@link CrossIndex} or a fresh reading. A temporary file, deleted on close.
 */
public final class ResultSpool implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Path file;
    private static final ObjectReader READER = JSON.readerFor(Parked.class);
    /** Results decoded together when read back: enough to keep both cores busy, few enough to hold. */
    private static final int CHUNK = 64;

    private final DataOutputStream out;
    private int size;

    public ResultSpool() throws IOException {
        try {
            file = Files.createTempFile("nianbao-batch", ".jsonl");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new IOException("无法在临时目录 " + System.getProperty("java.io.tmpdir") + " 中建立审查暂存文件（" + e
                    + "），审查未进行。请检查该目录是否存在、可写，磁盘是否已满。", e);
        }
    }

    public void add(AuditResult r) throws IOException {
        add(encode(r));
    }

    /** A result as parked (may be made on any thread). */
    public static byte[] encode(AuditResult r) {
        try {
            return JSON.writeValueAsBytes(new Parked(r.file(), r.sha256(), r.verdict(), r.meta(), r.cells(), r.findings(), r.notAssessed()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parks a result made by {@link #encode}; results are read back in the order they were added. */
    public void add(byte[] encoded) throws IOException {
        try {
            out.writeInt(encoded.length);
            out.write(encoded);
        } catch (IOException e) {
            throw new IOException("写入审查暂存文件 " + file + " 失败（" + e + "），审查结果未能输出，已有的 JSON 和工作簿未被改动。"
                    + "请检查磁盘空间后重新审查。", e);
        }
        size++;
    }

    public int size() {
        return size;
    }

    /**
     * The results in batch order, without tables and prose. Call once, after the last {@link #add}.
     * Read a chunk at a time, each chunk decoded in parallel.
     */
    public Iterator<AuditResult> read() throws IOException {
        out.close();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        return new Iterator<>() {
            private final ArrayDeque<AuditResult> ready = new ArrayDeque<>();
            private int left = size;

            @Override public boolean hasNext() {
                return !ready.isEmpty() || left > 0;
            }

            @Override public AuditResult next() {
                if (ready.isEmpty()) fill();
                return ready.poll();
            }

            private void fill() {
                List<byte[]> chunk = new ArrayList<>(CHUNK);
                try {
                    while (chunk.size() < CHUNK && left > 0) {
                        byte[] parked = new byte[in.readInt()];
                        in.readFully(parked);
                        chunk.add(parked);
                        left--;
                    }
                    if (left == 0) in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ready.addAll(chunk.parallelStream().map(ResultSpool::decode).toList());
                if (ready.isEmpty()) throw new NoSuchElementException();
            }
        };
    }

    private static AuditResult decode(byte[] parked) {
        try {
            return READER.<Parked>readValue(parked).result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }

    private record Parked(String file, String sha256, Verdict verdict, Metadata meta, Map<String, CellRead> cells,
                          List<Finding> findings, List<NotAssessed> notAssessed) {
        AuditResult result() {
            return new AuditResult(file, sha256, verdict, meta, cells, findings, Map.of(), List.of(), notAssessed);
        }
    }
}
