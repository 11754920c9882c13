package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import nianbao.rules.RuleMeta;
import nianbao.store.Body;
import nianbao.store.Decisions;
import nianbao.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The workspace's HTTP server (Javalin on Jetty): the pages under {@code /} (static, from
 * {@code src/main/resources/web}, no CDN) and the API under {@code /api} that they and scripts use.
 * Requests that change something are refused when they come from another site (their Origin is not
 * this server) and, when bound to the loopback address, requests naming another host (DNS rebinding).
 */
public final class WorkspaceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceServer.class);
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    /** Where and how much: host and port to bind, the largest upload request. */
    public record Options(String host, int port, long maxUploadBytes) {}

    private final Workspace ws;
    private final Options options;
    private final Javalin app;

    public WorkspaceServer(Workspace ws, Options options) {
        this.ws = ws;
        this.options = options;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            cfg.jetty.multipartConfig.cacheDirectory(ws.tmpDir().toString());
            cfg.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.http.maxRequestSize = 1L << 20; // JSON bodies
        });
        routes();
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() throws IOException {
        java.nio.file.Files.createDirectories(ws.tmpDir());
        app.start(options.host(), options.port());
        return app.port();
    }

    public int port() { return app.port(); }

    /** The address to open in a browser. */
    public String address() {
        String h = options.host();
        if (h.equals("0.0.0.0") || h.equals("::")) h = "127.0.0.1";
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(this::guard);
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "服务器处理请求时出错（" + e.getClass().getSimpleName()
                    + "），已有数据未受影响。详情见日志。");
        });
        app.get("/api/template", this::template);
        app.post("/api/audits", this::upload);
        app.get("/api/audits/{id}", this::auditJson);
        app.get("/api/audits/{id}/original", this::original);
        app.get("/api/reports", ctx -> json(ctx, ws.views.reports(ws.bodies())));
        app.get("/api/reports/{id}", this::report);
        app.put("/api/reports/{id}/decisions/{fingerprint}", this::decide);
        app.delete("/api/reports/{id}/decisions/{fingerprint}", this::withdraw);
        app.get("/api/export.xlsx", this::export);
        app.get("/api/agencies/{key}", ctx -> json(ctx, ws.views.agency(ctx.pathParam("key"))));
        app.get("/api/roster", this::rosterList);
        app.post("/api/roster", this::rosterImport);
        app.get("/api/season", this::season);
        app.get("/api/rules", this::rules);
        app.post("/api/rules/reload", this::reload);
    }

    /** Another site may not change anything here; a loopback server answers only to its own names. */
    private void guard(Context ctx) {
        String host = ctx.header("Host");
        if (isLoopback(options.host()) && host != null) {
            String h = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            if (!(h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]"))) {
                error(ctx, HttpStatus.FORBIDDEN, "拒绝访问：请用 http://127.0.0.1:" + port() + "/ 打开审查工作台。");
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && host != null) {
                String originHost;
                try {
                    originHost = URI.create(origin).getAuthority();
                } catch (IllegalArgumentException e) {
                    originHost = null;
                }
                if (!host.equalsIgnoreCase(originHost)) {
                    error(ctx, HttpStatus.FORBIDDEN, "拒绝来自其他网站的请求。");
                    ctx.skipRemainingHandlers();
                }
            }
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private void upload(Context ctx) throws IOException {
        long length = ctx.contentLength();
        if (length > options.maxUploadBytes()) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "上传内容过大（" + nianbao.pipeline.Limits.mb(length) + "，一次上传上限 "
                    + nianbao.pipeline.Limits.mb(options.maxUploadBytes()) + "），未接收、未保存任何文件。请分批上传，或确认文件是否正确。");
            return;
        }
        if (!ctx.isMultipartFormData()) {
            error(ctx, HttpStatus.BAD_REQUEST, "请以 multipart/form-data 上传文件（表单字段名为 file）。");
            return;
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (RuntimeException e) {
            LOG.warn("upload refused", e);
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "上传内容过大或不完整，未接收、未保存任何文件（一次上传上限 "
                    + nianbao.pipeline.Limits.mb(options.maxUploadBytes()) + "）。请分批上传。");
            return;
        }
        if (files.isEmpty()) {
            error(ctx, HttpStatus.BAD_REQUEST, "没有收到文件：请在表单字段 file 中上传一个或多个报告文件（或 .zip）。");
            return;
        }
        List<Upload> uploads = new ArrayList<>();
        for (UploadedFile f : files) uploads.add(new Upload(f.filename(), f.size(), f::content));
        List<Outcome> outcomes = ws.intake.run(uploads);
        ObjectNode root = ResultJson.JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        var t = ws.intake.tool();
        tool.put("name", t.name());
        tool.put("version", t.version());
        tool.put("rulesDigest", t.rulesDigest());
        ArrayNode reports = root.putArray("reports");
        ArrayNode errors = root.putArray("errors");
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                ObjectNode e = errors.addObject();
                e.put("file", o.file());
                e.put("error", o.error());
            }
            if (o.json() != null && o.stored() != null) {
                ObjectNode r = o.json();
                ObjectNode w = r.putObject("workspace");
                w.put("reportId", o.stored().reportId());
                w.put("auditId", o.stored().id());
                w.put("version", o.stored().version());
                w.put("kindSource", o.stored().kindSource());
                w.put("page", "/#/report/" + o.stored().reportId());
                reports.add(r);
            }
        }
        ctx.status(reports.isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
        json(ctx, root);
    }

    private void auditJson(Context ctx) throws IOException {
        long id = id(ctx, "id");
        var a = ws.archive.audit(id);
        if (a.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "没有这次审查（编号 " + id + "）。");
            return;
        }
        ObjectNode root = ResultJson.JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "nianbao-audit");
        tool.put("version", ws.intake.tool().version());
        tool.put("rulesDigest", a.get().rulesDigest());
        root.putArray("reports").add(Views.parse(ws.archive.resultJson(id).orElseThrow()));
        json(ctx, root);
    }

    private void original(Context ctx) {
        long id = id(ctx, "id");
        var a = ws.archive.audit(id);
        byte[] bytes = a.isEmpty() ? null : ws.originals.get(a.get().sha256());
        if (bytes == null) {
            error(ctx, HttpStatus.NOT_FOUND, "没有保存该文件的原件。");
            return;
        }
        String name = a.get().fileName();
        int slash = name.lastIndexOf("!/");
        if (slash >= 0) name = name.substring(slash + 2).replace('/', '_');
        attachment(ctx, name.replaceAll("[^A-Za-z0-9._-]", "_"), name);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/octet-stream");
        ctx.result(bytes);
    }

    private void report(Context ctx) {
        long id = id(ctx, "id");
        String audit = ctx.queryParam("audit");
        Long auditId = audit == null ? null : audit.matches("\\d{1,18}") ? Long.parseLong(audit) : -1L;
        var view = ws.views.report(id, auditId, ws.bodies());
        if (view.isEmpty()) error(ctx, HttpStatus.NOT_FOUND, "没有这份报告（编号 " + id + "）。");
        else json(ctx, view.get());
    }

    private static final int MAX_COMMENT = 5000;

    private void decide(Context ctx) throws IOException {
        long id = id(ctx, "id");
        if (ws.archive.report(id).isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "没有这份报告（编号 " + id + "）。");
            return;
        }
        JsonNode body;
        try {
            body = ResultJson.JSON.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            error(ctx, HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON，审查结论未保存。");
            return;
        }
        Decisions.Kind kind = Decisions.Kind.parse(body.path("decision").asText(null));
        if (kind == null) {
            error(ctx, HttpStatus.BAD_REQUEST, "审查结论应为“确认”（CONFIRMED）或“驳回”（DISMISSED）。");
            return;
        }
        String comment = body.path("comment").asText("");
        if (comment.length() > MAX_COMMENT) {
            error(ctx, HttpStatus.BAD_REQUEST, "审查说明过长（" + comment.length() + " 字，上限 " + MAX_COMMENT + " 字），未保存。请精简后重新提交。");
            return;
        }
        String fp = ctx.pathParam("fingerprint");
        if (!fp.matches("[0-9a-f]{1,64}")) {
            error(ctx, HttpStatus.BAD_REQUEST, "问题编号格式不正确。");
            return;
        }
        ws.decisions.decide(id, fp, kind, comment);
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("fingerprint", fp);
        o.put("decision", kind.name());
        o.put("decisionText", kind.chinese());
        o.put("comment", comment);
        json(ctx, o);
    }

    private void withdraw(Context ctx) {
        ws.decisions.withdraw(id(ctx, "id"), ctx.pathParam("fingerprint"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void export(Context ctx) throws IOException {
        Set<Long> ids = new LinkedHashSet<>();
        String param = ctx.queryParam("reports");
        if (param != null) {
            for (String s : param.split(",")) if (s.strip().matches("\\d+")) ids.add(Long.parseLong(s.strip()));
            if (ids.isEmpty()) { // a filter that matched nothing: not the whole archive
                error(ctx, HttpStatus.BAD_REQUEST, "筛选结果中没有报告，未导出。请先调整筛选条件。");
                return;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ws.exports.xlsx(out, ids);
        attachment(ctx, "nianbao-review.xlsx", "审查结果-" + LocalDate.now() + ".xlsx");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.result(out.toByteArray());
    }

    private void rosterList(Context ctx) {
        ArrayNode out = ResultJson.JSON.createArrayNode();
        for (Body b : ws.bodies()) out.add(Views.body(b));
        json(ctx, out);
    }

    private void rosterImport(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.isMultipartFormData() ? ctx.uploadedFiles("file") : List.of();
        if (files.size() != 1) {
            error(ctx, HttpStatus.BAD_REQUEST, "请上传一个名单文件（.xlsx 或 .csv，表单字段名为 file）。");
            return;
        }
        UploadedFile f = files.get(0);
        if (f.size() > (20L << 20)) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "名单文件过大（上限 20 MB）。");
            return;
        }
        byte[] bytes;
        try (var in = f.content()) {
            bytes = in.readAllBytes();
        }
        List<Body> bodies;
        try {
            bodies = RosterImport.read(f.filename(), bytes);
        } catch (RosterImport.Problem p) {
            ObjectNode o = ResultJson.JSON.createObjectNode();
            o.put("error", "名单未导入，原有名单保持不变：");
            ArrayNode a = o.putArray("problems");
            p.problems.forEach(a::add);
            ctx.status(HttpStatus.BAD_REQUEST);
            json(ctx, o);
            return;
        }
        List<Body> stored = ws.importRoster(bodies);
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("imported", stored.size());
        ArrayNode a = o.putArray("bodies");
        for (Body b : stored) a.add(Views.body(b));
        json(ctx, o);
    }

    private void season(Context ctx) {
        var reports = ws.archive.reports();
        String y = ctx.queryParam("year");
        int year;
        if (y != null && y.matches("\\d{4}")) year = Integer.parseInt(y);
        else year = reports.stream().filter(r -> r.year() != null).mapToInt(r -> r.year()).max()
                .orElse(LocalDate.now().getYear() - 1);
        String t = ctx.queryParam("today");
        LocalDate today = t != null && t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.now();
        json(ctx, Season.of(year, today, ws.bodies(), reports, ws.rules.current().rules().config().deadlines()));
    }

    private void rules(Context ctx) {
        var now = ws.rules.current();
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("digest", now.rules().digest());
        o.put("loadedAt", now.loadedAt().toString());
        o.put("directory", ws.rules.dir().toString());
        ArrayNode list = o.putArray("rules");
        for (RuleMeta m : now.rules().rules().values()) {
            ObjectNode r = list.addObject();
            r.put("id", m.id());
            r.put("severity", now.rules().severityOf(m.id()) == null ? null : now.rules().severityOf(m.id()).name());
            r.put("file", m.file());
            r.put("check", m.check());
        }
        var last = ws.rules.lastReload();
        if (last != null) o.set("lastReload", reloadJson(last));
        json(ctx, o);
    }

    private void reload(Context ctx) {
        var r = ws.rules.reload();
        if (!r.ok()) ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        json(ctx, reloadJson(r));
    }

    private static ObjectNode reloadJson(RulesHolder.Reload r) {
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("ok", r.ok());
        o.put("digest", r.digest());
        o.put("at", r.at().toString());
        o.put("message", r.ok() ? "规则已重新加载。" : "规则文件有错误，未加载，仍使用原来的规则：");
        ArrayNode e = o.putArray("errors");
        r.errors().forEach(e::add);
        return o;
    }

    /** The template's three tables, for the report page: rows and columns with labels and cell keys. */
    private void template(Context ctx) {
        String format = ctx.queryParam("format");
        Template t = format == null ? Template.standard() : Template.forFormat(format);
        ArrayNode out = ResultJson.JSON.createArrayNode();
        for (Template.TableDef def : t.tables()) {
            ObjectNode o = out.addObject();
            o.put("name", def.name());
            o.put("title", def.title());
            o.put("section", def.section());
            ArrayNode cols = o.putArray("columns");
            def.columns().forEach((k, label) -> cols.addObject().put("key", k).put("label", label));
            ArrayNode rows = o.putArray("rows");
            String row = null;
            for (Template.CellDef c : def.cells()) {
                if (!c.row().equals(row)) {
                    row = c.row();
                    rows.addObject().put("key", c.row()).put("label", c.rowLabel()).putArray("cells");
                }
                ((ArrayNode) rows.get(rows.size() - 1).get("cells")).addObject().put("key", c.key()).put("column", c.column());
            }
        }
        json(ctx, out);
    }

    /** A numeric path parameter; -1 (found nowhere, answered 404) when it is not a number. */
    private static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        return v.matches("\\d{1,18}") ? Long.parseLong(v) : -1;
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType(JSON_TYPE).result(ResultJson.JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A download's name: ASCII for old browsers, the real (Chinese) name for the others (RFC 6266). */
    private static void attachment(Context ctx, String ascii, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("error", message);
        ctx.status(status);
        json(ctx, o);
    }
}
