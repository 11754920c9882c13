package nianbao.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nianbao.parse.CellRead;
import nianbao.extract.Document;
import nianbao.extract.Extractors;
import nianbao.extract.InputProblem;
import nianbao.facts.InputProblemFact;
import nianbao.facts.NotAssessedReasons;
import nianbao.facts.SectionText;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.normalize.Normalizer;
import nianbao.parse.Metadata;
import nianbao.parse.ParsedReport;
import nianbao.parse.ReportParser;
import nianbao.rules.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline for one file: extract → normalise → parse → facts → rules → verdict. Never throws
 * for a bad file: an unreadable file becomes an INPUT-* finding and a NOT-ASSESSABLE verdict. Each
 * audit runs in a worker thread within {@link Limits#maxTimePerFile()}: a file that takes longer
 * (a reader or a regular expression that hangs) is abandoned with an INPUT-UNREADABLE finding, and
 * a StackOverflowError or OutOfMemoryError ends only that file's audit. Details go to the log.
 */
public final class Auditor {
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);
    /** Stack of a worker thread: deep enough for documents nested thousands of levels. */
    private static final long WORKER_STACK = 64L << 20;
    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final ThreadFactory FACTORY = r -> {
        Thread t = new Thread(null, r, "nianbao-audit-" + WORKERS.incrementAndGet(), WORKER_STACK);
        t.setDaemon(true); // an abandoned audit never keeps the program alive
        return t;
    };

    static final String NOT_A_REPORT = "文件内容可以读出，但看来不是政府信息公开工作年度报告：既没有找到“一、总体情况”至“六、其他需要报告的事项”中任何一部分的标题，"
            + "也没有找到任何一张统计表格（可能是新闻、通知、解读文章或其他文件）。请确认提交的是年度报告全文；若确是年度报告，请提供其原始文件。";

    private final RuleBase rules;
    private final Limits limits;
    /** Shared by the stages; replaced after a timeout, as the abandoned worker may still be using them. */
    private volatile Stages stages;
    /** Cached threads: an abandoned (hung) worker keeps its thread, the next file gets another. */
    private final ExecutorService workers = Executors.newCachedThreadPool(FACTORY);

    private final Supplier<Extractors> readers;

    private record Stages(Extractors extractors, Normalizer normalizer, ReportParser parser) {}

    private Stages newStages() {
        return new Stages(readers.get(), new Normalizer(), new ReportParser());
    }

    public Auditor(RuleBase rules) {
        this(rules, Limits.DEFAULTS);
    }

    public Auditor(RuleBase rules, Limits limits) {
        this(rules, limits, () -> Extractors.standard(limits.maxPdfPages()));
    }

    /** With other readers (tests: a reader that hangs or crashes). */
    Auditor(RuleBase rules, Limits limits, Supplier<Extractors> readers) {
        this.rules = rules;
        this.limits = limits;
        this.readers = readers;
        this.stages = newStages();
    }

    public Limits limits() { return limits; }

    public AuditResult audit(InputFile in) {
        return audit(in, null);
    }

    /**
     * As {@link #audit(InputFile)}, with the metadata as read replaced by {@code metaHook}'s before the
     * rules run (the workspace: the kind of body from the office's roster rather than from the name).
     */
    public AuditResult audit(InputFile in, java.util.function.UnaryOperator<Metadata> metaHook) {
        if (in.problem() != null) return unreadable(in.name(), null, "INPUT-UNREADABLE", in.problem(), null);
        Stages s = stages;
        Future<AuditResult> job;
        AtomicReference<Thread> worker = new AtomicReference<>();
        try {
            job = workers.submit(() -> {
                worker.set(Thread.currentThread());
                try {
                    return auditNow(in, s, metaHook);
                } finally {
                    worker.set(null);
                    Thread.interrupted(); // a late cancel must not reach the next file
                }
            });
        } catch (RuntimeException e) {
            LOG.error("cannot start the audit of {}", in.name(), e);
            return crashed(in.name(), null, e);
        }
        long millis = limits.maxTimePerFile().toMillis();
        try {
            return job.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            stages = newStages();
            LOG.error("audit of {} abandoned after {} ms{}", in.name(), millis, stackOf(worker.get()));
            return unreadable(in.name(), null, "INPUT-UNREADABLE", "审查超时：该文件在 " + seconds(millis)
                    + " 内未能处理完（文件结构可能异常复杂或已损坏），已放弃审查，其余文件照常审查。请检查该文件，"
                    + "或另存为 PDF/文本后重新提交；若确需更长时间，可在 nianbao.yaml 中调高 max-seconds-per-file。", null);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return unreadable(in.name(), null, "INPUT-UNREADABLE", "审查被中断，该文件未审查完。请重新审查。", null);
        } catch (ExecutionException e) {
            return crashed(in.name(), null, e.getCause());
        }
    }

    /**
     * The file's text as an audit reads it (extracted and normalised), in a worker within the same
     * time limit as an audit; null when it cannot be read (details in the log). For showing a stored
     * original: a file whose audit hung cannot hang its reader.
     */
    public Document read(InputFile in) {
        Stages s = stages;
        Future<Document> job = workers.submit(() -> {
            byte[] bytes = in.read(limits.maxFileBytes());
            return bytes == null ? null : s.normalizer().normalize(s.extractors().extract(bytes, in.name())).document();
        });
        try {
            return job.get(limits.maxTimePerFile().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            stages = newStages();
            LOG.warn("reading {} abandoned after {}", in.name(), limits.maxTimePerFile());
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("cannot read {}", in.name(), e.getCause());
        }
        return null;
    }

    /** The audit itself, in the worker: every failure becomes the file's finding here. */
    private AuditResult auditNow(InputFile in, Stages s, java.util.function.UnaryOperator<Metadata> metaHook) {
        String sha = null;
        try {
            byte[] bytes = in.read(limits.maxFileBytes());
            if (bytes == null) {
                long size = in.path() == null ? -1 : java.nio.file.Files.size(in.path());
                return unreadable(in.name(), null, "INPUT-UNREADABLE", new InputFiles(limits).tooLarge(size), null);
            }
            sha = sha256(bytes);
            try {
                Document doc = s.extractors().extract(bytes, in.name());
                bytes = null; // the extracted text is all that is needed from here on
                Normalizer.Result n = s.normalizer().normalize(doc);
                ParsedReport parsed = s.parser().parse(n.document(), n.repairs());
                if (metaHook != null) parsed = withMeta(parsed, metaHook.apply(parsed.meta()));
                boolean titled = parsed.meta().title() != null; // a title naming a 年度报告: an old or broken report, not a news article
                if (parsed.sections().isEmpty() && !parsed.anyTablePresent() && !titled) {
                    return unreadable(in.name(), sha, "INPUT-UNREADABLE", NOT_A_REPORT, parsed.meta());
                }
                List<Object> facts = rules.factBuilder().facts(parsed);
                List<Finding> findings = sorted(rules.run(facts));
                boolean assessable = parsed.anyTablePresent();
                return new AuditResult(in.name(), sha, Verdict.of(findings, assessable), parsed.meta(),
                        cellsOf(parsed), findings, parsed.tables(), SectionText.of(parsed, 1, 5),
                        NotAssessedReasons.of(facts));
            } catch (InputProblem p) {
                return unreadable(in.name(), sha, p.rule(), p.getMessage(), null);
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}", in.name(), e);
            return unreadable(in.name(), null, "INPUT-UNREADABLE", "无法读取文件（" + e.getClass().getSimpleName()
                    + "）。请检查文件是否存在、是否有读取权限。", null);
        } catch (Throwable e) { // the file's own failure, whatever it is: the batch goes on
            return crashed(in.name(), sha, e);
        }
    }

    private static ParsedReport withMeta(ParsedReport p, Metadata m) {
        return m == p.meta() ? p : new ParsedReport(m, p.sections(), p.tables(), p.repairs(), p.template(), p.prose(),
                p.claims(), p.lines());
    }

    /** An error of the program on this file: logged in full, told to the user in one Chinese sentence. */
    private AuditResult crashed(String name, String sha, Throwable e) {
        LOG.error("audit of {} failed", name, e);
        String message;
        if (e instanceof StackOverflowError) {
            message = "文件结构嵌套过深（如网页标签或文档层级嵌套成千上万层），程序无法处理，未能完成审查。"
                    + "请用 Word/WPS 或浏览器打开后另存为 PDF 或文本再提交。";
        } else if (e instanceof OutOfMemoryError) {
            message = "文件内容过于庞大，审查时内存不足，未能完成审查；其余文件照常审查。"
                    + "请确认文件是否正确（如压缩其中的图片、拆分文件），或在内存更大的环境中单独审查该文件。";
        } else {
            message = "审查该文件时程序出错（" + (e == null ? "未知错误" : e.getClass().getSimpleName())
                    + "），未能完成审查；其余文件照常审查。详情见日志，请将该文件与日志一并反馈给维护人员。";
        }
        Finding f = Finding.of("INPUT-UNREADABLE", Severity.ERROR, message, Location.NONE, "—");
        return new AuditResult(name, sha, Verdict.NOT_ASSESSABLE, null, null, List.of(f));
    }

    private AuditResult unreadable(String name, String sha, String rule, String message, Metadata meta) {
        List<Finding> findings;
        try {
            findings = rules.run(List.of(new InputProblemFact(rule, message)));
        } catch (RuntimeException e) {
            LOG.error("rules failed on the input problem of {}", name, e);
            findings = List.of(Finding.of(rule, Severity.ERROR, message, Location.NONE, "—"));
        }
        return new AuditResult(name, sha, Verdict.NOT_ASSESSABLE, meta, null, findings);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " 秒" : String.format("%.1f 秒", millis / 1000.0);
    }

    /** Where the abandoned worker is stuck, for the log. */
    private static String stackOf(Thread t) {
        if (t == null) return "";
        StringBuilder sb = new StringBuilder("; worker ").append(t.getName()).append(" still running at:");
        for (StackTraceElement e : t.getStackTrace()) sb.append("\n\tat ").append(e);
        return sb.toString();
    }

    private static Map<String, CellRead> cellsOf(ParsedReport p) {
        Map<String, CellRead> all = new LinkedHashMap<>();
        p.tables().values().forEach(t -> all.putAll(t.cells()));
        return all;
    }

    /** A stable order, so the same input gives the same output: by section, rule, cells, message. */
    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing((Finding f) -> f.location().section() == null ? 0 : f.location().section())
                .thenComparing(f -> f.location().line() == null ? 0 : f.location().line())
                .thenComparing(Finding::rule)
                .thenComparing(Finding::message));
        return out;
    }

    /** The hex SHA-256 of the bytes: a report's identity in the JSON and the name of its stored original. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
