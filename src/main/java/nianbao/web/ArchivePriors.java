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
 * are not stored), with the upload's rules. Results are kept in memory by original and rule set.
 */
final class ArchivePriors {
    private static final Logger LOG = LoggerFactory.getLogger(ArchivePriors.class);
    private static final int CACHED = 64;

    private final Archive archive;
    private final Originals originals;
    private final java.util.function.BiFunction<InputFile, RulesHolder.Current, AuditResult> audit;
    private final Map<String, AuditResult> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AuditResult> e) { return size() > CACHED; }
    };

    /** @param audit how a file is audited in the workspace with given rules (the roster's kind of body) */
    ArchivePriors(Archive archive, Originals originals, java.util.function.BiFunction<InputFile, RulesHolder.Current, AuditResult> audit) {
        this.archive = archive;
        this.originals = originals;
        this.audit = audit;
    }

    /** The priors as audited with {@code now}'s rules. */
    CrossReports.PriorSource with(RulesHolder.Current now) {
        return report -> priorOf(report, now);
    }

    private AuditResult priorOf(AuditResult report, RulesHolder.Current now) {
        if (report.meta() == null || report.meta().agency() == null || report.meta().year() == null) return null;
        Optional<AuditRecord> prior = archive.latest(Names.key(report.meta().agency()), report.meta().year() - 1);
        if (prior.isEmpty() || prior.get().sha256() == null) return null;
        AuditRecord p = prior.get();
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
        AuditResult r = audit.apply(InputFile.of(p.fileName(), bytes), now);
        synchronized (cache) {
            cache.put(key, r);
        }
        return r;
    }
}
