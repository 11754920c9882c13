package nianbao.cli;

import nianbao.extract.Document;
import nianbao.extract.Extractors;
import nianbao.extract.InputProblem;
import nianbao.normalize.Normalizer;
import nianbao.parse.ParsedReport;
import nianbao.parse.ReportParser;
import nianbao.bench.BenchCorpus;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.BatchAudit;
import nianbao.pipeline.BatchRunner;
import nianbao.pipeline.InputFile;
import nianbao.pipeline.InputFiles;
import nianbao.report.JsonReport;
import nianbao.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Throughput, time per stage and peak memory, measured in one run. Per format, N distinct reports
 * (generated: {@link BenchCorpus}; or the files given, repeated up to N) are audited as the audit
 * command does (all cores, batch-level rules, JSON and workbook written), then a sample stage by
 * stage, single-threaded. For PDFs the time {@code pdftotext -layout} alone needs for the same files,
 * with as many processes as threads, is the baseline. Optionally: a batch of {@code --scale} reports
 * in a JVM whose heap is capped at 512 MB, and the cold start of one text report through the launcher.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能测试：各格式每秒审查报告数、各阶段耗时、峰值内存，PDF 与 pdftotext 对比，大批量限内存运行，冷启动时间")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "报告文件或文件夹（默认：生成各格式互不相同的报告）")
    List<Path> paths = new ArrayList<>();

    @Option(names = "-n", paramLabel = "N", description = "每种格式审查的报告数（默认 200）")
    int n = 200;

    @Option(names = "--formats", split = ",", paramLabel = "F", description = "生成哪些格式（默认 txt,html,docx,pdf）")
    List<String> formats = List.of("txt", "html", "docx", "pdf");

    @Option(names = "--threads", paramLabel = "N", description = "线程数（默认：处理器核数）")
    int threads = BatchRunner.defaultThreads();

    @Option(names = "--scale", paramLabel = "N", description = "另用限定 512 MB 堆内存的 JVM 审查 N 份文本报告（默认不做）")
    int scale;

    @Option(names = "--cold", paramLabel = "N", description = "经启动器冷启动审查一份文本报告 N 次，报告中位数（默认 5，0 为不做）")
    int cold = 5;

    @Option(names = "--max-warm-up", paramLabel = "SECONDS", description = "每种格式预热（反复审查直至 JIT 编译基本结束）最多多少秒（默认 240）")
    int maxWarmUp = 240;

    @Option(names = "--fresh", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "另经启动器用新启动的 JVM 审查同一批报告并计时（含启动与 JIT 编译，用户实际所得；默认做，--no-fresh 不做）")
    boolean fresh;

    @Option(names = "--child", hidden = true, description = "内部使用：在子进程中审查一个文件夹并报告峰值内存")
    Path child;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
        RuleBase rules = Main.loadRules(null, new PrintStream(System.err, true, Main.consoleCharset()));
        if (rules == null) return 2;
        if (child != null) return child(out, rules);
        BenchCorpus corpus = new BenchCorpus(Main.home());
        Map<String, List<InputFile>> byFormat = new TreeMap<>();
        if (paths.isEmpty()) {
            for (String f : formats) byFormat.put(f, InputFiles.withDefaults().expand(List.of(corpus.folder(f, n))));
        } else {
            for (InputFile f : InputFiles.withDefaults().expand(paths)) {
                String name = f.name();
                byFormat.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
            }
            byFormat.replaceAll((k, v) -> repeat(v, n));
        }
        out.printf("机器：%d 核，最大堆 %d MB，Java %s；每种格式 %d 份报告，%d 线程%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), n, threads);
        Map<String, Double> freshPerSecond = new TreeMap<>();
        if (fresh && paths.isEmpty()) {
            for (String f : byFormat.keySet()) freshPerSecond.put(f, fresh(corpus.folder(f, n), n));
        }
        // warm-up, as JMH would: the batch again and again until the JIT has compiled the hot paths
        List<String> warmUps = new ArrayList<>();
        for (Map.Entry<String, List<InputFile>> e : byFormat.entrySet()) warmUps.add(e.getKey() + " " + warmUp(rules, e.getValue()));
        out.println("预热：" + String.join("；", warmUps));
        out.printf("%-6s %12s %12s %10s %10s %10s %10s %12s%n", "格式", "报告/秒", "新启动报告/秒", "读取ms", "解析ms", "规则ms", "JSONms", "峰值堆MB");
        for (Map.Entry<String, List<InputFile>> e : byFormat.entrySet()) {
            List<InputFile> files = e.getValue();
            resetPeaks();
            double perSecond = batch(rules, files);
            long peak = peakHeapMb();
            double[] stages = stages(rules, files.subList(0, Math.min(files.size(), 50)));
            Double first = freshPerSecond.get(e.getKey());
            out.printf("%-6s %12.1f %12s %10.2f %10.2f %10.2f %10.2f %12d%n", e.getKey(), perSecond,
                    first == null ? "—" : first.isNaN() ? "失败" : String.format("%.1f", first), stages[0], stages[1], stages[2], stages[3], peak);
            if (e.getKey().equals("pdf")) baseline(out, files, perSecond);
        }
        if (scale > 0) scale(out, corpus);
        if (cold > 0) cold(out, corpus);
        return 0;
    }

    /**
     * Audits the batch (up to 500 of its reports) again and again until the JIT has done its work: a
     * round in which the compilers were busy for at most a tenth of its time, or {@code --max-warm-up}
     * seconds. Says how long it took.
     */
    private String warmUp(RuleBase rules, List<InputFile> files) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        List<InputFile> round = files.subList(0, Math.min(files.size(), 500));
        long start = System.nanoTime();
        int rounds = 0;
        double share;
        do {
            long compiled = jit.getTotalCompilationTime(), t = System.nanoTime();
            audit(rules, round, threads);
            rounds++;
            share = (jit.getTotalCompilationTime() - compiled) / ((System.nanoTime() - t) / 1e6);
        } while (share > 0.1 && System.nanoTime() - start < maxWarmUp * 1_000_000_000L);
        return String.format("%d 轮 %.0f 秒（末轮 JIT 编译占时 %.0f%%）", rounds, (System.nanoTime() - start) / 1e9, share * 100);
    }

    /**
     * Reports per second of the batch in {@code folder} audited through the launcher, from the JVM's
     * start: what a user gets. NaN when the audit could not run (exit status 2).
     */
    private double fresh(Path folder, int n) throws Exception {
        Path json = Files.createTempFile("bench", ".json"), xlsx = Files.createTempFile("bench", ".xlsx");
        try {
            long t = System.nanoTime();
            int exit = launch(List.of("audit", "-q", folder.toString(), "--json", json.toString(), "--xlsx", xlsx.toString()));
            return exit > 1 ? Double.NaN : n / ((System.nanoTime() - t) / 1e9); // 1: some report failed its audit, as it may
        } finally {
            Files.deleteIfExists(json);
            Files.deleteIfExists(xlsx);
        }
    }

    private static List<InputFile> repeat(List<InputFile> files, int n) {
        List<InputFile> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) out.add(files.get(i % files.size()));
        return out;
    }

    /** Reports per second of the whole audit: reading, rules, batch-level rules, JSON and workbook. */
    private double batch(RuleBase rules, List<InputFile> files) throws Exception {
        long t = System.nanoTime();
        audit(rules, files, threads);
        return files.size() / ((System.nanoTime() - t) / 1e9);
    }

    private static void audit(RuleBase rules, List<InputFile> files, int threads) throws Exception {
        Path json = Files.createTempFile("bench", ".json"), xlsx = Files.createTempFile("bench", ".xlsx");
        try (Outputs outputs = new Outputs(null, json, null, xlsx, new JsonReport.Tool("bench", Main.VERSION, rules.digest()))) {
            new BatchAudit(new Auditor(rules), rules, threads).run(files, BatchAudit.SILENT, outputs);
            outputs.finish();
        } finally {
            Files.deleteIfExists(json);
            Files.deleteIfExists(xlsx);
        }
    }

    /** Mean milliseconds per report of each stage, single-threaded: extract, normalise+parse, rules, JSON. */
    private static double[] stages(RuleBase rules, List<InputFile> files) throws Exception {
        Extractors extractors = Extractors.standard();
        Normalizer normalizer = new Normalizer();
        ReportParser parser = new ReportParser();
        Auditor auditor = new Auditor(rules);
        long[] ns = new long[4];
        for (InputFile f : files) {
            byte[] bytes = f.read(Long.MAX_VALUE);
            long t0 = System.nanoTime();
            Document doc;
            try {
                doc = extractors.extract(bytes, f.name());
            } catch (InputProblem p) {
                continue;
            }
            long t1 = System.nanoTime();
            Normalizer.Result norm = normalizer.normalize(doc);
            ParsedReport parsed = parser.parse(norm.document(), norm.repairs());
            long t2 = System.nanoTime();
            rules.run(rules.factBuilder().facts(parsed));
            long t3 = System.nanoTime();
            JsonReport.write(OutputStream.nullOutputStream(), new JsonReport.Tool("bench", "", ""), List.of(auditor.audit(f)));
            long t4 = System.nanoTime();
            ns[0] += t1 - t0;
            ns[1] += t2 - t1;
            ns[2] += t3 - t2;
            ns[3] += Math.max(0, (t4 - t3) - (t3 - t0)); // the JSON write less the audit it contains
        }
        double[] ms = new double[4];
        for (int i = 0; i < 4; i++) ms[i] = ns[i] / 1e6 / Math.max(1, files.size());
        return ms;
    }

    /** pdftotext -layout over the same files, as many processes at a time as the audit has threads. */
    private void baseline(PrintStream out, List<InputFile> pdfs, double auditPerSecond) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<Boolean>> runs = new ArrayList<>();
            for (InputFile f : pdfs) runs.add(pool.submit(() -> pdftotext(f)));
            for (Future<Boolean> r : runs) {
                if (!r.get()) {
                    out.println("未找到 pdftotext（Debian 包 poppler-utils，scripts/setup.sh 会安装），没有 PDF 基线对比。");
                    return;
                }
            }
            double perSecond = pdfs.size() / ((System.nanoTime() - t) / 1e9);
            out.printf("pdftotext -layout（%d 个进程并行）：%.1f 份/秒；完整审查（含 JSON 与工作簿）用时为其 %.2f 倍%n",
                    threads, perSecond, perSecond / auditPerSecond);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean pdftotext(InputFile f) throws Exception {
        Path file = f.path(), tmp = null;
        if (file == null) {
            tmp = Files.createTempFile("bench", ".pdf");
            Files.write(tmp, f.read(Long.MAX_VALUE));
            file = tmp;
        }
        try {
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            return true;
        } catch (java.io.IOException e) {
            return false;
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    /** {@code --scale} text reports audited by a JVM whose heap is capped at 512 MB. */
    private void scale(PrintStream out, BenchCorpus corpus) throws Exception {
        Path dir = corpus.folder("txt", scale);
        List<String> cmd = List.of(java(), "-Xmx512m", "-Xss8m", "-XX:+UseParallelGC", "-Dnianbao.home=" + Main.home(), "-Dfile.encoding=UTF-8",
                "-cp", jar(), "nianbao.cli.Main", "bench", "--child", dir.toString(), "--threads", String.valueOf(threads));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), Main.consoleCharset()).strip();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t) / 1e9;
        out.printf("%d 份文本报告，堆内存上限 512 MB：%s，用时 %.1f 秒（%.1f 份/秒）%s%n", scale,
                exit == 0 ? "完成" : "失败（退出码 " + exit + "）", seconds, scale / seconds, said.isEmpty() ? "" : "；" + said);
    }

    /** The child of {@link #scale}: audits a folder with JSON and workbook, then says how much heap stayed in use. */
    private int child(PrintStream out, RuleBase rules) throws Exception {
        LiveHeap live = LiveHeap.start();
        audit(rules, InputFiles.withDefaults().expand(List.of(child)), threads);
        out.printf("垃圾回收后仍在使用的堆内存最多 %d MB", live.stop());
        return 0;
    }

    /** The heap in use just after garbage collections, at its highest: what a batch really holds. */
    private static final class LiveHeap {
        private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();
        static {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) HEAP_POOLS.add(p.getName());
        }
        private long max;
        private final List<Runnable> stops = new ArrayList<>();

        static LiveHeap start() {
            LiveHeap l = new LiveHeap();
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(gc instanceof javax.management.NotificationEmitter emitter)) continue;
                javax.management.NotificationListener listener = (n, handback) -> l.collected(n);
                emitter.addNotificationListener(listener, null, null);
                l.stops.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
            return l;
        }

        private void collected(javax.management.Notification n) {
            if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
            var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (HEAP_POOLS.contains(pool.getKey())) used += pool.getValue().getUsed();
            }
            synchronized (this) { max = Math.max(max, used); }
        }

        long stop() {
            stops.forEach(Runnable::run);
            synchronized (this) { return max >> 20; }
        }
    }

    /** One text report from a cold start to its verdict, through the launcher as a user starts it. */
    private void cold(PrintStream out, BenchCorpus corpus) throws Exception {
        Path report = corpus.folder("txt", 1).resolve("report-00000.txt");
        long[] ms = new long[cold];
        for (int i = 0; i < cold; i++) {
            long t = System.nanoTime();
            launch(List.of("audit", "-q", report.toString()));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] sorted = java.util.Arrays.stream(ms).sorted().toArray();
        out.printf("冷启动审查一份文本报告（%s，%d 次）：中位数 %d ms，最快 %d ms%n", launcherName(), cold, sorted[cold / 2], sorted[0]);
    }

    /** Runs the program as a user does: through the launcher beside it (else java -jar with its options), output discarded. */
    private static int launch(List<String> args) throws Exception {
        Path launcher = Main.home().resolve("nianbao");
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(launcher)) {
            cmd.add(launcher.toString());
        } else {
            cmd.addAll(List.of(java(), "-Xss8m", "-XX:+UseParallelGC", "-Dnianbao.home=" + Main.home(), "-jar", jar()));
            if (args.get(0).equals("audit")) cmd.add(1, JitChoice.C1_ONLY);
        }
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private static String launcherName() {
        return Files.isExecutable(Main.home().resolve("nianbao")) ? Main.home().resolve("nianbao") + " audit" : "java -jar";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() throws Exception {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
