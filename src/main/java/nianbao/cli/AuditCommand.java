package nianbao.cli;

import nianbao.findings.Verdict;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.BatchRunner;
import nianbao.pipeline.CrossReports;
import nianbao.pipeline.InputFile;
import nianbao.pipeline.InputFiles;
import nianbao.pipeline.Limits;
import nianbao.report.ConsoleReport;
import nianbao.report.JsonReport;
import nianbao.report.XlsxReport;
import nianbao.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "审查年度报告：文件、文件夹或 zip 压缩包（不给路径时审查自带的示例报告）")
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "报告文件、文件夹或 .zip")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "写出 JSON 结果（- 为标准输出）")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "写出 Excel 审查工作簿")
    Path xlsx;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：程序目录下的 rules/）")
    Path rulesDir;

    @Option(names = {"-q", "--quiet"}, description = "只显示汇总")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "并行审查的线程数（默认：处理器核数）")
    int threads = BatchRunner.defaultThreads();

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, Main.consoleCharset());
        PrintStream stdout = new PrintStream(System.out, true, Main.consoleCharset());
        boolean jsonToStdout = json != null && json.toString().equals("-");
        PrintStream out = jsonToStdout ? err : stdout; // keep standard output pure JSON when it carries the JSON
        RuleBase rules = Main.loadRules(rulesDir, err);
        if (rules == null) return 2;
        Limits limits;
        try {
            limits = Limits.load(Main.home());
        } catch (IllegalArgumentException e) {
            err.println("配置文件有错误，审查未进行：" + e.getMessage());
            return 2;
        }
        List<Path> inputs = paths.isEmpty() ? List.of(Main.samples()) : paths;
        List<InputFile> files = new InputFiles(limits).expand(inputs);
        if (files.isEmpty()) {
            err.println("没有找到可审查的报告文件（支持 .txt .md .html .pdf .docx .doc .wps 及 .zip）：" + inputs);
            return 2;
        }
        ConsoleReport console = new ConsoleReport(out);
        List<AuditResult> results = new ArrayList<>();
        new BatchRunner(new Auditor(rules, limits), threads).run(files, r -> {
            results.add(r);
            if (!quiet) {
                if (files.size() > 1) out.print("[" + results.size() + "/" + files.size() + "] ");
                console.line(r);
            }
        });
        // second phase: rules across years and across agencies, now that the whole batch is read
        List<AuditResult> before = List.copyOf(results);
        results.clear();
        results.addAll(CrossReports.run(rules, before));
        if (!quiet) {
            for (int i = 0; i < results.size(); i++) {
                AuditResult r = results.get(i);
                if (r.findings().size() == before.get(i).findings().size()) continue;
                out.print("[跨报告比对 " + (i + 1) + "/" + files.size() + "] ");
                console.line(r);
            }
        }
        if (!quiet) console.details(results);
        console.totals(results);
        JsonReport.Tool tool = new JsonReport.Tool("nianbao-audit", Main.VERSION, rules.digest());
        if (json != null) {
            if (jsonToStdout) {
                JsonReport.write(stdout, tool, results);
            } else {
                writeAtomically(json, o -> JsonReport.write(o, tool, results));
                out.println("JSON 结果：" + json);
            }
        }
        if (xlsx != null) {
            writeAtomically(xlsx, o -> XlsxReport.write(o, results));
            out.println("审查工作簿：" + xlsx);
        }
        boolean bad = results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL || r.verdict() == Verdict.NOT_ASSESSABLE);
        return bad ? 1 : 0;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target, then moves it in: a failed write leaves no half file. */
    private static void writeAtomically(Path target, Writer w) throws IOException {
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".nianbao", ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            w.write(o);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
}
