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
import org.kie.api.runtime.KieSession;

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
import java.util.stream.Stream;

/**
 * The rule set of a rules/ folder, compiled at run time: every *.drl file into one Drools KieBase,
 * plus config.yaml and identities.yaml. Loading fails with every problem as "file:line: message".
 * One session per report.
 */
public final class RuleBase {
    /** A rule that keeps firing (a loop) is stopped after this many firings per report. */
    private static final int MAX_FIRINGS = 20_000;

    private final KieBase kieBase;
    private final RuleConfig config;
    private final Map<String, RuleMeta> rules;
    private final String digest;

    private RuleBase(KieBase kieBase, RuleConfig config, Map<String, RuleMeta> rules, String digest) {
        this.kieBase = kieBase;
        this.config = config;
        this.rules = rules;
        this.digest = digest;
    }

    public static RuleBase load(Path dir) throws RuleFileException {
        if (!Files.isDirectory(dir)) throw new RuleFileException(List.of(dir + ": rules folder not found / 找不到规则目录"));
        RuleConfig config = RuleConfig.load(dir);
        List<Path> drls = files(dir, ".drl");
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        String digest = digest(dir);
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
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleMeta meta = meta(r);
                if (meta.severity() == null) problems.add(r.getName() + ": @severity must be ERROR, WARNING or INFO");
                metas.put(meta.id(), meta);
            }
        }
        if (!problems.isEmpty()) throw new RuleFileException(problems);
        return new RuleBase(base, config, metas, digest);
    }

    /** A rule's metadata; a rule without @id is known by its name. */
    static RuleMeta meta(Rule r) {
        Map<String, Object> md = r.getMetaData();
        String id = md.containsKey("id") ? String.valueOf(md.get("id")) : r.getName();
        Severity sev = md.containsKey("severity") ? Severity.parse(String.valueOf(md.get("severity"))) : Severity.WARNING;
        String source = md.containsKey("source") ? String.valueOf(md.get("source")) : "";
        String check = md.containsKey("check") ? String.valueOf(md.get("check")) : "";
        return new RuleMeta(id, sev, source, check, r.getName(), fileOf(r));
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
        for (var pkg : kieBase.getKiePackages()) for (Rule r : pkg.getRules()) out.add(meta(r));
        out.sort(java.util.Comparator.comparing(RuleMeta::file).thenComparing(RuleMeta::id));
        return out;
    }

    /** Runs the rules over one report's facts. */
    public List<Finding> run(List<Object> facts) {
        FindingSink sink = new FindingSink(config.severities());
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("out", sink);
            for (Object f : config.facts()) session.insert(f);
            for (Object f : facts) session.insert(f);
            session.fireAllRules(match -> !config.disabled().contains(meta(match.getRule()).id()), MAX_FIRINGS);
        } finally {
            session.dispose();
        }
        return sink.findings();
    }

    public FactBuilder factBuilder() {
        return new FactBuilder(config.identities(), config::mayMakeRules);
    }

    public String digest() { return digest; }

    public Map<String, RuleMeta> rules() { return rules; }

    public RuleConfig config() { return config; }

    public Severity severityOf(String ruleId) {
        RuleMeta m = rules.get(ruleId);
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
