package nianbao.cli;

import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.BatchRunner;
import nianbao.pipeline.BatchAudit;
import nianbao.pipeline.InputFile;
import nianbao.pipeline.InputFiles;
import nianbao.pipeline.Limits;
import nianbao.report.ConsoleReport;
import nianbao.report.JsonReport;
import nianbao.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "审查年度报告：文件、文件夹或 zip 压缩包（不给路径时审查自带的示例报告）")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
        Limits limits = Main.loadLimits(err, "审查未进行");
        if (limits == null) return 2;
        List<Path> inputs = paths.isEmpty() ? List.of(Main.samples()) : paths;
        List<InputFile> files = new InputFiles(limits).expand(inputs);
        if (files.isEmpty()) {
            err.println("没有找到可审查的报告文件（支持 .txt .md .html .pdf .docx .doc .wps 及 .zip）：" + inputs);
            return 2;
        }
        if (JitChoice.wantsC2(files.size())) {
            Integer exit = JitChoice.relaunch(spec.commandLine().getParseResult().originalArgs());
            if (exit != null) return exit;
        }
        RuleBase rules = Main.loadRules(rulesDir, err);
        if (rules == null) return 2;
        ConsoleReport console = new ConsoleReport(out);
        JsonReport.Tool tool = new JsonReport.Tool("nianbao-audit", Main.VERSION, rules.digest());
        try (Outputs outputs = new Outputs(quiet ? null : console, json, stdout, xlsx, tool)) {
            new BatchAudit(new Auditor(rules, limits), rules, threads).run(files, quiet ? BatchAudit.SILENT : new BatchAudit.Progress() {
                @Override public void audited(int i, int n, AuditResult r) {
                    if (n > 1) out.print("[" + (i + 1) + "/" + n + "] ");
                    console.line(r);
                }

                // second phase: rules across years and across agencies, once the whole batch is read
                @Override public void changed(int i, int n, AuditResult r) {
                    out.print("[跨报告比对 " + (i + 1) + "/" + n + "] ");
                    console.line(r);
                }
            }, outputs);
            console.totals(outputs.totals());
            outputs.finish();
            if (json != null && !jsonToStdout) out.println("JSON 结果：" + json);
            if (xlsx != null) out.println("审查工作簿：" + xlsx);
            return outputs.totals().anyBad() ? 1 : 0;
        }
    }
}
