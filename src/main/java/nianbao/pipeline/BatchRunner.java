package nianbao.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Audits a batch on several threads (one Drools session per report, the rule base shared) and
 * hands the results on in input order, so the console, JSON and workbook are the same whatever the
 * threads did.
 */
public final class BatchRunner {
    private final Auditor auditor;
    private final int threads;

    public BatchRunner(Auditor auditor, int threads) {
        this.auditor = auditor;
        this.threads = Math.max(1, threads);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public void run(List<InputFile> files, Consumer<AuditResult> inOrder) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AuditResult>> futures = new ArrayList<>(files.size());
            for (InputFile f : files) futures.add(pool.submit(() -> auditor.audit(f)));
            for (Future<AuditResult> f : futures) inOrder.accept(get(f));
        } finally {
            pool.shutdownNow();
        }
    }

    private static AuditResult get(Future<AuditResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // Auditor.audit never throws for a bad file
        }
    }
}
