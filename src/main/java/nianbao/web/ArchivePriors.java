package nianbao.web;

import nianbao.pipeline.AuditResult;
import nianbao.pipeline.CrossReports;
import nianbao.pipeline.InputFile;
import nianbao.store.Archive;
import nianbao.store.AuditRecord;
import nianbao.store.Originals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The year before from the archive, for the cross-year rules: the latest version of the same
 * agency's report on the year before, audited again from its stored original (its tables and texts
 * are not stored), with the rules in use. Results are kept in memory by original and rule set.
 */
final class ArchivePriors implements CrossReports.PriorSource {
    private static final Logger LOG = LoggerFactory.getLogger(ArchivePriors.class);
    private static final int CACHED = 64;

    private final Archive archive;
    private final Originals originals;
    private final RulesHolder rules;
    private final java.util.function.Function<InputFile, AuditResult> audit;
    private final Map<String, AuditResult> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AuditResult> e) { return size() > CACHED; }
    };

    /** @param audit how a file is audited in the workspace (the rules in use, the roster's kind of body) */
    ArchivePriors(Archive archive, Originals originals, RulesHolder rules,
                  java.util.function.Function<InputFile, AuditResult> audit) {
        this.archive = archive;
        this.originals = originals;
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public AuditResult priorOf(AuditResult report) {
        if (report.meta() == null || report.meta().agency() == null || report.meta().year() == null) return null;
        Optional<AuditRecord> prior = archive.latest(Names.key(report.meta().agency()), report.meta().year() - 1);
        if (prior.isEmpty() || prior.get().sha256() == null) return null;
        AuditRecord p = prior.get();
        RulesHolder.Current now = rules.current();
        String key = p.sha256() + "|" + now.rules().digest();
        synchronized (cache) {
            AuditResult hit = cache.get(key);
            if (hit != null) return hit;
        }
        byte[] bytes = originals.get(p.sha256());
        if (bytes == null) {
            LOG.warn("original {} of audit {} is missing", p.sha256(), p.id());
            return null;
        }
        AuditResult r = audit.apply(InputFile.of(p.fileName(), bytes));
        synchronized (cache) {
            cache.put(key, r);
        }
        return r;
    }
}
