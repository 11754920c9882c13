package nianbao.pipeline;

import nianbao.extract.Document;
import nianbao.extract.Extractors;
import nianbao.extract.InputProblem;
import nianbao.facts.InputProblemFact;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.normalize.Normalizer;
import nianbao.parse.ParsedReport;
import nianbao.parse.ReportParser;
import nianbao.rules.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The pipeline for one file: extract → normalise → parse → facts → rules → verdict. Never throws
 * for a bad file: an unreadable file becomes an INPUT-* finding and a NOT-ASSESSABLE verdict.
 */
public final class Auditor {
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final RuleBase rules;
    private final Extractors extractors = Extractors.standard();
    private final Normalizer normalizer = new Normalizer();
    private final ReportParser parser = new ReportParser();

    public Auditor(RuleBase rules) {
        this.rules = rules;
    }

    public AuditResult audit(InputFile in) {
        if (in.problem() != null) return unreadable(in, "INPUT-UNREADABLE", in.problem());
        try {
            Document doc = extractors.extract(in.bytes(), in.name());
            Normalizer.Result n = normalizer.normalize(doc);
            ParsedReport parsed = parser.parse(n.document(), n.repairs());
            List<Finding> findings = sorted(rules.run(rules.factBuilder().facts(parsed)));
            boolean assessable = parsed.anyTablePresent();
            return new AuditResult(in.name(), sha256(in.bytes()), Verdict.of(findings, assessable), parsed.meta(),
                    cellsOf(parsed), findings);
        } catch (InputProblem p) {
            return unreadable(in, p.rule(), p.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("audit of {} failed", in.name(), e);
            Finding f = Finding.of("INPUT-UNREADABLE", Severity.ERROR,
                    "审查该文件时程序出错（" + e.getClass().getSimpleName() + "），未能完成审查；详情见日志。", Location.NONE, "—");
            return new AuditResult(in.name(), sha256(in.bytes()), Verdict.NOT_ASSESSABLE, null, null, List.of(f));
        }
    }

    private AuditResult unreadable(InputFile in, String rule, String message) {
        List<Finding> findings = rules.run(List.of(new InputProblemFact(rule, message)));
        return new AuditResult(in.name(), in.bytes() == null ? null : sha256(in.bytes()), Verdict.NOT_ASSESSABLE,
                null, null, findings);
    }

    private static java.util.Map<String, nianbao.parse.CellRead> cellsOf(ParsedReport p) {
        java.util.Map<String, nianbao.parse.CellRead> all = new java.util.LinkedHashMap<>();
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
