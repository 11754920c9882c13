package nianbao.rules;

import nianbao.facts.FactBuilder;
import nianbao.findings.Finding;
import nianbao.findings.Severity;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import nianbao.findings.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rule set of a rules/ folder, compiled at run time: every *.drl file into one Drools KieBase,
 * plus config.yaml and identities.yaml. Loading fails with every problem as "file:line: message".
 * The compiled rules are kept in the rule cache ({@link RuleCache}), so an unchanged rule set is not
 * compiled again. One session per report.
 */
public final class RuleBase {
    /** A rule that keeps firing (a loop) is stopped after this many firings per report. */
    static final int MAX_FIRINGS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    private final Supplier<KieBase> kieBase;
    private final RuleConfig config;
    private volatile Map<String, RuleMeta> rules;
    private final String digest;
    private final Origin origin;

    /** Where the compiled rules came from. */
    enum Origin {
        /** read from the rule cache, nothing compiled */
        CACHE,
        /** compiled now to the executable model (and cached) */
        COMPILED,
        /** compiled now by drools-mvel: no cache, or rules the executable model rejects */
        INTERPRETED
    }

    private RuleBase(Supplier<KieBase> kieBase, RuleConfig config, Map<String, RuleMeta> rules, String digest, Origin origin) {
        this.kieBase = kieBase;
        this.config = config;
        this.rules = rules;
        this.digest = digest;
        this.origin = origin;
    }

    Origin origin() { return origin; }

    /** The rules of a folder, through the rule cache configured for this program (see {@link RuleCache}). */
    public static RuleBase load(Path dir) throws RuleFileException {
        return load(dir, RuleCache.configured());
    }

    /**
     * The rules of a folder. With a cache: on a hit the compiled classes are read and the KieBase is
     * built from them on a background thread while the caller goes on (reading the reports); on a miss
     * the rules are compiled to the executable model and the result cached. Rule files the executable
     * model rejects, and every run without a cache, are compiled by drools-mvel, which also names the
     * file and line of each error.
     */
    static RuleBase load(Path dir, RuleCache cache) throws RuleFileException {
        if (!Files.isDirectory(dir)) throw new RuleFileException(List.of(dir + ": rules folder not found / 找不到规则目录"));
        List<Path> drls = files(dir, ".drl");
        String digest = digest(dir);
        if (!cache.enabled()) return interpreted(dir, drls, RuleConfig.load(dir), digest);
        String key;
        try {
            key = RuleCache.key(dir, files(dir, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompiledRules cached = cache.read(key);
        if (cached != null) {
            // the KieBase is built while the caller goes on; config.yaml is read meanwhile
            CompletableFuture<KieBase> base = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    base.complete(fromCache(dir, cache, key, cached));
                } catch (Throwable e) {
                    base.completeExceptionally(e);
                }
            }, "nianbao-rules");
            t.setDaemon(true);
            t.start();
            return new RuleBase(joining(base), RuleConfig.load(dir), null, digest, Origin.CACHE);
        }
        RuleConfig config = RuleConfig.load(dir);
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path p : drls) sources.put(rel(dir, p), read(p));
        CompiledRules.Compilation c = CompiledRules.compile(sources, key.substring(0, 16));
        if (c.rules() == null) {
            // errors are reported by the drools-mvel build (with file and line); if it accepts the rules,
            // they run uncached
            RuleBase rb = interpreted(dir, drls, config, digest);
            LOG.warn("rules {} run without the rule cache (the executable model rejects them): {}", dir, c.errors());
            return rb;
        }
        KieBase base;
        try {
            base = c.rules().kieBase();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("compiled rules could not be loaded; compiling them with drools-mvel", e);
            return interpreted(dir, drls, config, digest);
        }
        Map<String, RuleMeta> metas = validated(base);
        cache.write(key, c.rules().toBytes(key));
        return new RuleBase(() -> base, config, metas, digest, Origin.COMPILED);
    }

    /**
     * The KieBase of cached rules, with one empty session run to load the engine's session classes
     * before the first report needs them. Should the classes not load, the rules are compiled again.
     */
    private static KieBase fromCache(Path dir, RuleCache cache, String key, CompiledRules cached) {
        KieBase base;
        try {
            base = cached.kieBase();
        } catch (Throwable e) {
            LOG.warn("cached rules {} could not be loaded; compiling them again", cache.file(key), e);
            cache.delete(key);
            try {
                base = load(dir, RuleCache.OFF).kieBase.get();
            } catch (RuleFileException again) {
                throw new IllegalStateException(again.getMessage(), again);
            }
        }
        try {
            KieSession warm = base.newKieSession();
            try {
                warm.fireAllRules();
            } finally {
                warm.dispose();
            }
        } catch (RuntimeException e) {
            LOG.debug("warm-up session", e);
        }
        return base;
    }

    private static Supplier<KieBase> joining(CompletableFuture<KieBase> base) {
        return () -> {
            try {
                return base.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuleFileException rf) throw new IllegalStateException(rf.getMessage(), rf);
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        };
    }

    /** The rules compiled by drools-mvel in memory: every error with file and line. */
    private static RuleBase interpreted(Path dir, List<Path> drls, RuleConfig config, String digest) throws RuleFileException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("nianbao", "rules-" + digest.substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(id);
        for (Path p : drls) kfs.write("src/main/resources/" + rel(dir, p), read(p));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(path + ":" + m.getLine() + ": " + m.getText().strip());
        }
        if (!problems.isEmpty()) throw new RuleFileException(problems);
        KieBase base = ks.newKieContainer(id).getKieBase();
        return new RuleBase(() -> base, config, validated(base), digest, Origin.INTERPRETED);
    }

    /** Every rule's metadata by id; a rule whose @severity is not a severity is an error. */
    private static Map<String, RuleMeta> validated(KieBase base) throws RuleFileException {
        List<String> problems = new ArrayList<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (meta(r).severity() == null) problems.add(r.getName() + ": @severity must be ERROR, WARNING or INFO");
            }
        }
        if (!problems.isEmpty()) throw new RuleFileException(problems);
        return metas(base);
    }

    private static Map<String, RuleMeta> metas(KieBase base) {
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleMeta meta = meta(r);
                metas.put(meta.id(), meta);
            }
        }
        return metas;
    }

    /** A rule's metadata; a rule without @id is known by its name. */
    static RuleMeta meta(Rule r) {
        Map<String, Object> md = r.getMetaData();
        String id = md.containsKey("id") ? String.valueOf(md.get("id")) : r.getName();
        Severity sev = md.containsKey("severity") ? Severity.parse(String.valueOf(md.get("severity"))) : Severity.WARNING;
        String source = md.containsKey("source") ? String.valueOf(md.get("source")) : "";
        String check = md.containsKey("check") ? String.valueOf(md.get("check")) : "";
        return new RuleMeta(id, sev, source, check, r.getName(), fileOf(r), md.containsKey("internal"));
    }

    /** The rules/ file a rule was read from. */
    private static String fileOf(Rule r) {
        if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath().replaceFirst("^src/main/resources/", "");
        }
        return r.getPackageName();
    }

    /** Every rule with its metadata, in file order, including rules that share an id. */
    public List<RuleMeta> allRules() {
        List<RuleMeta> out = new ArrayList<>();
        for (var pkg : kieBase.get().getKiePackages()) {
            for (Rule r : pkg.getRules()) if (!meta(r).internal()) out.add(meta(r));
        }
        out.sort(java.util.Comparator.comparing(RuleMeta::file).thenComparing(RuleMeta::id));
        return out;
    }

    /**
     * Runs the rules over one report's facts. A rule that throws in its consequence does not lose
     * the other rules' findings: it is reported as RULE-FAILED naming the rule, and the remaining
     * rules go on firing. A rule that keeps firing (a loop) is stopped after {@link #MAX_FIRINGS}
     * and reported as RULE-FAILED too. A failure Drools cannot go on from (e.g. in a condition)
     * keeps the findings made so far. Details go to the log.
     */
    public List<Finding> run(List<Object> facts) {
        FindingSink sink = new FindingSink(config.severities());
        KieSession session = kieBase.get().newKieSession();
        Firings firings = new Firings();
        session.addEventListener(firings);
        try {
            session.setGlobal("out", sink);
            for (Object f : config.facts()) session.insert(f);
            for (Object f : facts) session.insert(f);
            AgendaFilter filter = match -> !config.disabled().contains(meta(match.getRule()).id());
            // each pass goes on where a failing consequence stopped the last one (its match is used up)
            for (int pass = 0; pass < MAX_FAILURES; pass++) {
                int left = MAX_FIRINGS - firings.total;
                if (left <= 0) break;
                try {
                    session.fireAllRules(filter, left);
                    break;
                } catch (RuntimeException e) {
                    Rule failed = failedRule(e, firings.current);
                    firings.current = null;
                    String id = failed == null ? "?" : meta(failed).id();
                    LOG.error("rule {} failed", id, e);
                    sink.add(failure(id, "规则 " + id + " 执行出错（" + rootCause(e).getClass().getSimpleName()
                            + "），该项检查未完成，其他规则的结果不受影响。详情见日志，请规则维护人员修正该规则。"));
                    if (!(e instanceof ConsequenceException)) break; // cannot go on safely: keep what was found
                }
            }
            if (firings.total >= MAX_FIRINGS) {
                String id = firings.busiest();
                LOG.error("rule firings stopped at {}; rule {} fired {} times", MAX_FIRINGS, id, firings.perRule.get(id));
                sink.add(failure(id, "规则 " + id + " 反复触发（共执行 " + firings.perRule.get(id) + " 次，疑似规则循环），已在 "
                        + MAX_FIRINGS + " 次后停止；本报告的审查结果可能不完整。请规则维护人员检查该规则。"));
            }
        } catch (RuntimeException e) {
            LOG.error("rule session failed", e);
            sink.add(failure("?", "规则执行出错（" + rootCause(e).getClass().getSimpleName()
                    + "），审查未全部完成，已保留此前的结果。详情见日志，请规则维护人员检查规则文件。"));
        } finally {
            session.dispose();
        }
        return sink.findings();
    }

    /** Rule id of the finding that says a rule failed at run time. */
    public static final String RULE_FAILED = "RULE-FAILED";
    /** After this many failing consequences in one report, the rest of its rules are not run. */
    private static final int MAX_FAILURES = 100;

    private Finding failure(String ruleId, String message) {
        Severity s = config.severities().getOrDefault(RULE_FAILED, Severity.ERROR);
        return Finding.of(RULE_FAILED, s, message, Location.NONE, "—");
    }

    private static Rule failedRule(Throwable e, Rule current) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException c && c.getRule() != null) return c.getRule();
        }
        return current;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    /** Counts firings per rule and knows which rule is firing now. */
    private static final class Firings extends DefaultAgendaEventListener {
        int total;
        Rule current;
        final Map<String, Integer> perRule = new LinkedHashMap<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            total++;
            current = event.getMatch().getRule();
            perRule.merge(meta(current).id(), 1, Integer::sum);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }

        String busiest() {
            return perRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        }
    }

    public FactBuilder factBuilder() {
        return new FactBuilder(config.identities(), config::mayMakeRules);
    }

    public String digest() { return digest; }

    public Map<String, RuleMeta> rules() {
        Map<String, RuleMeta> r = rules;
        if (r == null) rules = r = metas(kieBase.get());
        return r;
    }

    public RuleConfig config() { return config; }

    public Severity severityOf(String ruleId) {
        RuleMeta m = rules().get(ruleId);
        return config.severities().getOrDefault(ruleId, m == null ? Severity.ERROR : m.severity());
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rel(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sha256 over every file of the rules folder (path and content), in a stable order. */
    private static String digest(Path dir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : files(dir, "")) {
                md.update(rel(dir, p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
