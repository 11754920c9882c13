package nianbao.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.findings.Finding;
import nianbao.findings.Severity;
import nianbao.parse.Metadata;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.CrossReports;
import nianbao.pipeline.InputFile;
import nianbao.pipeline.InputFiles;
import nianbao.pipeline.Limits;
import nianbao.report.JsonReport;
import nianbao.store.Archive;
import nianbao.store.AuditRecord;
import nianbao.store.Body;
import nianbao.store.NewAudit;
import nianbao.store.Originals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Uploads into the archive: each uploaded file (a zip expanded into its reports, within the
 * limits) is audited with the rules in use, the batch's cross-report rules run with the archive's
 * reports of the year before, and each report is stored as the next version of its report, each in
 * its own transaction: a file that fails is answered with an error and leaves the archive as it was.
 * One upload at a time, so versions are numbered in order.
 */
final class Intake {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final Archive archive;
    private final Originals originals;
    private final RulesHolder rules;
    private final Limits limits;
    private final Path tmp;
    private final Supplier<List<Body>> roster;
    private final ArchivePriors priors;
    private final String version;

    Intake(Archive archive, Originals originals, RulesHolder rules, Limits limits, Path tmp,
           Supplier<List<Body>> roster, String version) {
        this.archive = archive;
        this.originals = originals;
        this.rules = rules;
        this.limits = limits;
        this.tmp = tmp;
        this.roster = roster;
        this.version = version;
        this.priors = new ArchivePriors(archive, originals, this::auditOne);
    }

    JsonReport.Tool tool() {
        return new JsonReport.Tool("nianbao-audit", version, rules.current().rules().digest());
    }

    /** The reports of these uploads, audited and stored, in upload order (a zip's reports in its order). */
    synchronized List<Outcome> run(List<Upload> uploads) {
        List<InputFile> inputs = new ArrayList<>();
        List<Outcome> refused = new ArrayList<>();
        for (Upload u : uploads) expand(u, inputs, refused);
        RulesHolder.Current now = rules.current();
        List<AuditResult> results = new ArrayList<>();
        for (InputFile in : inputs) results.add(auditOne(in, now));
        try {
            results = CrossReports.run(now.rules(), results, priors.with(now)); // one rule set for the whole upload, even during a reload
        } catch (RuntimeException e) { // the reports' own findings are kept
            LOG.error("cross-report rules failed on an upload", e);
        }
        String batch = UUID.randomUUID().toString();
        List<Outcome> out = new ArrayList<>(refused);
        for (int i = 0; i < inputs.size(); i++) out.add(store(inputs.get(i), results.get(i), batch, now));
        return out;
    }

    /** One file with these rules, the kind of body taken from the roster when the agency is on it. */
    AuditResult auditOne(InputFile in, RulesHolder.Current now) {
        List<Body> bodies = roster.get();
        if (bodies.isEmpty()) return now.auditor().audit(in);
        return now.auditor().audit(in, meta -> {
            Body b = meta == null ? null : Names.match(meta.agency(), bodies);
            return b == null ? meta : meta.withAgencyKind(b.kind());
        });
    }

    private void expand(Upload u, List<InputFile> inputs, List<Outcome> refused) {
        String name = Names.displayName(u.name());
        boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
        try {
            if (zip) {
                Files.createDirectories(tmp);
                Path z = tmp.resolve(UUID.randomUUID() + ".zip");
                try (InputStream in = u.content().open(); InputFiles files = new InputFiles(limits)) {
                    Files.copy(in, z, StandardCopyOption.REPLACE_EXISTING);
                    String prefix = z.toString();
                    for (InputFile f : files.expand(List.of(z))) {
                        String shown = f.name().startsWith(prefix) ? name + f.name().substring(prefix.length()) : f.name();
                        InputFile renamed = f.problem() != null ? InputFile.failed(shown, f.problem())
                                : InputFile.of(shown, f.bytes());
                        inputs.add(renamed);
                    }
                } finally {
                    Files.deleteIfExists(z);
                }
            } else if (u.size() > limits.maxFileBytes()) {
                refused.add(refusal(name, tooLarge(u.size())));
            } else {
                byte[] bytes;
                try (InputStream in = u.content().open()) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                }
                if (bytes.length > limits.maxFileBytes()) refused.add(refusal(name, tooLarge(bytes.length)));
                else inputs.add(InputFile.of(name, bytes));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot take upload {}", name, e);
            refused.add(refusal(name, "无法接收该文件（" + e.getClass().getSimpleName() + "），未审查、未保存。请重新上传。"));
        }
    }

    String tooLarge(long size) {
        return "文件过大（" + Limits.mb(size) + "，单个文件上限 " + Limits.mb(limits.maxFileBytes())
                + "），未审查、未保存。年度报告通常只有几 MB：请确认文件是否正确，或压缩其中的图片后重新上传。";
    }

    private static Outcome refusal(String name, String why) {
        return new Outcome(name, null, null, null, why);
    }

    /** Stores one report: its original by content, then its version in one transaction. */
    private Outcome store(InputFile in, AuditResult r, String batch, RulesHolder.Current now) {
        ObjectNode json = null;
        try {
            json = ResultJson.of(r);
            byte[] bytes = in.problem() == null ? in.bytes() : null;
            String sha = bytes == null ? null : originals.put(bytes);
            Metadata m = r.meta();
            String agencyKey = m == null ? null : Names.key(m.agency());
            boolean known = agencyKey != null && !agencyKey.isEmpty() && m.year() != null;
            String series = known ? agencyKey + "|" + m.year() : "file|" + Names.key(in.name());
            Body body = m == null ? null : Names.match(m.agency(), roster.get());
            List<NewAudit.Fingerprinted> fps = new ArrayList<>();
            for (Finding f : r.findings()) fps.add(new NewAudit.Fingerprinted(f.fingerprint(), f.rule(), f.severity().name()));
            NewAudit n = new NewAudit(series, known ? agencyKey : null, m == null ? null : m.agency(),
                    m == null ? null : m.year(), batch, in.name(), sha, bytes == null ? 0 : bytes.length, r.verdict().code(),
                    m == null ? null : m.agencyKind(), body == null ? "name" : "roster", m == null ? null : m.date(),
                    (int) r.count(Severity.ERROR), (int) r.count(Severity.WARNING), (int) r.count(Severity.INFO),
                    now.rules().digest(), ResultJson.JSON.writeValueAsString(json), fps, body == null ? null : body.id());
            AuditRecord stored = archive.save(n);
            return new Outcome(in.name(), r, json, stored, null);
        } catch (Exception e) {
            LOG.error("cannot store the audit of {}", in.name(), e);
            return new Outcome(in.name(), r, json, null, "审查结果未能保存（" + e.getClass().getSimpleName()
                    + "），档案中已有的数据未受影响。请重新上传该文件；如反复出现，请将日志反馈给维护人员。");
        }
    }
}
