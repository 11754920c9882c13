package nianbao.pipeline;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Audits a batch on several threads (one Drools session per report, the rule base shared) and
 * hands the results on in input order, so the console, JSON and workbook are the same whatever the
 * threads did. Only a few reports per thread are in flight, so memory does not grow with the batch.
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
        run(files, r -> r, inOrder);
    }

    /**
     * As {@link #run(List, Consumer)}, with {@code inWorker} applied to each result on the worker
     * thread that audited it (what can be done in parallel), and its answer handed on in input order.
     */
    public <T> void run(List<InputFile> files, java.util.function.Function<AuditResult, T> inWorker, Consumer<T> inOrder) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        try {
            // a few reports ahead of the one handed on, not the whole batch: memory stays flat
            java.util.ArrayDeque<Future<T>> ahead = new java.util.ArrayDeque<>();
            for (InputFile f : files) {
                if (ahead.size() >= threads * 4) inOrder.accept(get(ahead.poll()));
                ahead.add(pool.submit(() -> inWorker.apply(auditor.audit(f))));
            }
            while (!ahead.isEmpty()) inOrder.accept(get(ahead.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
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
