package nianbao.cli;

import nianbao.extract.Document;
import nianbao.extract.Extractors;
import nianbao.extract.InputProblem;
import nianbao.normalize.Normalizer;
import nianbao.parse.ParsedReport;
import nianbao.parse.ReportParser;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
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
import java.util.concurrent.TimeUnit;

/**
 * Throughput, time per stage and peak memory, measured in one run: the given reports are repeated
 * up to N, audited as a batch on all cores (per format), and, single-threaded, stage by stage.
 * For PDFs the time pdftotext -layout alone needs for the same files is the baseline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能测试：各格式每秒审查报告数、各阶段耗时、峰值内存，PDF 与 pdftotext 对比")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "报告文件或文件夹（默认：fixtures/samples 与 fixtures/formats）")
    List<Path> paths = new ArrayList<>();

    @Option(names = "-n", paramLabel = "N", description = "每种格式审查的报告数（重复给定的报告，默认 200）")
    int n = 200;

    @Option(names = "--threads", paramLabel = "N", description = "线程数（默认：处理器核数）")
    int threads = BatchRunner.defaultThreads();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
        RuleBase rules = Main.loadRules(null, new PrintStream(System.err, true, Main.consoleCharset()));
        if (rules == null) return 2;
        List<Path> inputs = paths.isEmpty()
                ? List.of(Main.home().resolve("fixtures/samples"), Main.home().resolve("fixtures/formats")) : paths;
        Map<String, List<InputFile>> byFormat = new TreeMap<>();
        for (InputFile f : InputFiles.withDefaults().expand(inputs)) {
            String name = f.name();
            byFormat.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        out.printf("机器：%d 核，最大堆 %d MB；每种格式 %d 份报告，%d 线程%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, n, threads);
        out.printf("%-6s %10s %10s %10s %10s %10s%n", "格式", "报告/秒", "读取ms", "解析ms", "规则ms", "JSONms");
        for (Map.Entry<String, List<InputFile>> e : byFormat.entrySet()) {
            List<InputFile> files = repeat(e.getValue(), n);
            double perSecond = batch(rules, files);
            double[] stages = stages(rules, files.subList(0, Math.min(files.size(), 50)));
            out.printf("%-6s %10.1f %10.2f %10.2f %10.2f %10.2f%n", e.getKey(), perSecond, stages[0], stages[1], stages[2], stages[3]);
            if (e.getKey().equals("pdf")) baseline(out, files, perSecond);
        }
        out.printf("峰值堆内存：%d MB%n", peakHeapMb());
        return 0;
    }

    private static List<InputFile> repeat(List<InputFile> files, int n) {
        List<InputFile> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) out.add(files.get(i % files.size()));
        return out;
    }

    private double batch(RuleBase rules, List<InputFile> files) {
        List<AuditResult> results = new ArrayList<>();
        long t = System.nanoTime();
        new BatchRunner(new Auditor(rules), threads).run(files, results::add);
        return files.size() / ((System.nanoTime() - t) / 1e9);
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

    private static void baseline(PrintStream out, List<InputFile> pdfs, double auditPerSecond) throws Exception {
        Path tmp = Files.createTempFile("bench", ".pdf");
        try {
            long t = System.nanoTime();
            for (InputFile f : pdfs) {
                Files.write(tmp, f.read(Long.MAX_VALUE));
                Process p = new ProcessBuilder("pdftotext", "-layout", tmp.toString(), "-").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            }
            double perSecond = pdfs.size() / ((System.nanoTime() - t) / 1e9);
            out.printf("pdftotext -layout（单线程）：%.1f 份/秒；完整审查与之比：%.2f 倍时间%n", perSecond, perSecond / auditPerSecond);
        } catch (java.io.IOException e) {
            out.println("未找到 pdftotext（Debian 包 poppler-utils），跳过 PDF 基线对比。");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
