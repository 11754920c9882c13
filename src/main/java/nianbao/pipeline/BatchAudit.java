package nianbao.pipeline;

import nianbao.rules.RuleBase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A whole batch, streamed so that memory does not grow with it: (1) each report audited on its own,
 * in parallel, its result parked on disk ({@link ResultSpool}; up to {@value #IN_MEMORY_UP_TO}
 * reports kept in memory instead) and what the batch-level rules need
 * kept in a {@link CrossIndex}; (2) the batch-level rules ({@link CrossReports}), reading again only
 * the reports that have a prior-year partner; (3) the final results handed to the outputs one by
 * one, in input order.
 */
public final class BatchAudit {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchAudit.class);
    private final Auditor auditor;
    private final RuleBase rules;
    private final int threads;

    private final int inMemoryUpTo;

    public BatchAudit(Auditor auditor, RuleBase rules, int threads) {
        this(auditor, rules, threads, IN_MEMORY_UP_TO);
    }

    /** With results kept in memory up to {@code inMemoryUpTo} reports (tests: 0 to park every batch on disk). */
    BatchAudit(Auditor auditor, RuleBase rules, int threads, int inMemoryUpTo) {
        this.auditor = auditor;
        this.rules = rules;
        this.threads = threads;
        this.inMemoryUpTo = inMemoryUpTo;
    }

    /** Progress, for the console. */
    public interface Progress {
        /** Report {@code i} (from 0) of {@code n} has been audited on its own. */
        void audited(int i, int n, AuditResult r);

        /** The batch-level rules changed report {@code i}'s findings. */
        void changed(int i, int n, AuditResult r);
    }

    public static final Progress SILENT = new Progress() {
        @Override public void audited(int i, int n, AuditResult r) {}
        @Override public void changed(int i, int n, AuditResult r) {}
    };

    /** Where final results go (console details, JSON, workbook), in input order. */
    @FunctionalInterface
    public interface Output {
        void add(AuditResult r) throws IOException;
    }

    /**
     * Batches up to this size keep their results in memory (without tables and prose: about 40 KB a
     * report) instead of parking them on disk, which saves encoding and decoding each one.
     */
    static final int IN_MEMORY_UP_TO = 1000;

    /** A report audited on its own, with what the batch keeps of it made on the worker thread: parked or kept. */
    private record Audited(AuditResult result, CrossIndex.Digest digest, byte[] parked, AuditResult kept) {
        static Audited of(AuditResult r, boolean inMemory) {
            return new Audited(r, CrossIndex.digest(r), inMemory ? null : ResultSpool.encode(r), inMemory ? withoutText(r) : null);
        }
    }

    private static AuditResult withoutText(AuditResult r) {
        return new AuditResult(r.file(), r.sha256(), r.verdict(), r.meta(), r.cells(), r.findings(), null, null, r.notAssessed());
    }

    public void run(List<InputFile> files, Progress progress, Output output) throws IOException {
        CrossIndex index = new CrossIndex(rules.config().settings());
        long t0 = System.nanoTime();
        boolean inMemory = files.size() <= inMemoryUpTo;
        try (ResultSpool spool = inMemory ? null : new ResultSpool()) {
            List<AuditResult> kept = new ArrayList<>();
            int[] n = {0};
            IOException[] failed = {null};
            new BatchRunner(auditor, threads).run(files, r -> Audited.of(r, inMemory), a -> {
                int i = n[0]++;
                progress.audited(i, files.size(), a.result());
                index.add(i, a.digest(), true);
                if (inMemory) {
                    kept.add(a.kept());
                    return;
                }
                try {
                    if (failed[0] == null) spool.add(a.parked());
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
            long t1 = System.nanoTime();
            Map<Integer, CrossReports.Added> added = CrossReports.added(rules, index, i -> auditor.audit(files.get(i)));
            long t2 = System.nanoTime();
            Iterator<AuditResult> parked = inMemory ? kept.iterator() : spool.read();
            for (int i = 0; parked.hasNext(); i++) {
                AuditResult r = parked.next();
                CrossReports.Added a = added.get(i);
                AuditResult done = a == null ? r : a.to(r);
                if (done.findings().size() != r.findings().size()) progress.changed(i, files.size(), done);
                output.add(done);
            }
            LOG.info("batch of {}: reports {} s, batch-level rules {} s, outputs {} s", files.size(),
                    (t1 - t0) / 1_000_000_000.0, (t2 - t1) / 1_000_000_000.0, (System.nanoTime() - t2) / 1_000_000_000.0);
        }
    }
}
