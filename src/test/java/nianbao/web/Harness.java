package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.TestSupport;
import nianbao.pipeline.Limits;
import nianbao.rules.RuleBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A workspace on a temporary data directory, served on a free port, with a small HTTP client. */
final class Harness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path data;
    final Path rulesDir;
    final Workspace ws;
    final WorkspaceServer server;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    Harness(Path data) throws IOException {
        this(data, Path.of("rules"), TestSupport.rules(), Limits.DEFAULTS, 500L << 20);
    }

    Harness(Path data, Path rulesDir, RuleBase rules, Limits limits, long maxUpload) throws IOException {
        this.data = data;
        this.rulesDir = rulesDir;
        this.ws = new Workspace(data, rulesDir, rules, limits, "test");
        this.server = new WorkspaceServer(ws, new WorkspaceServer.Options("127.0.0.1", 0, maxUpload));
        int port = server.start();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A file part: the name it is uploaded under and its bytes. */
    record Part(String name, byte[] bytes) {
        static Part of(Path p) throws IOException {
            return new Part(p.getFileName().toString(), Files.readAllBytes(p));
        }
    }

    HttpResponse<String> upload(String path, Part... parts) throws IOException, InterruptedException {
        String boundary = "----nianbao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode uploadJson(Part... parts) throws IOException, InterruptedException {
        HttpResponse<String> r = upload("/api/audits", parts);
        if (r.statusCode() != 200) throw new AssertionError("upload: " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    HttpResponse<String> send(String method, String path, String json, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (origin != null) b.header("Origin", origin);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records a decision on the first finding of {@code rule} of a report; returns its fingerprint. */
    String decide(long reportId, String rule, String decision, String comment) throws IOException, InterruptedException {
        JsonNode view = getJson("/api/reports/" + reportId);
        for (JsonNode f : view.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                String fp = f.get("fingerprint").asText();
                String body = JSON.writeValueAsString(JSON.createObjectNode().put("decision", decision).put("comment", comment));
                HttpResponse<String> r = send("PUT", "/api/reports/" + reportId + "/decisions/" + fp, body, null);
                if (r.statusCode() != 200) throw new AssertionError("decide: " + r.statusCode() + " " + r.body());
                return fp;
            }
        }
        throw new AssertionError("no finding " + rule + " in report " + reportId);
    }

    @Override
    public void close() {
        server.close();
        ws.close();
    }
}
