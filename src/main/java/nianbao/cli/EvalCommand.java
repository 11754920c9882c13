package nianbao.cli;

import nianbao.eval.CellScore;
import nianbao.eval.ExpectedCells;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.InputFile;
import nianbao.pipeline.InputFiles;
import nianbao.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "对照期望单元格值评估读取准确率：正确、静默错误（读错却未报告）、未读出")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "报告所在文件夹")
    Path folder;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "期望值 JSON（{文件名: {单元格: 数值}}）；不给时读取各报告旁的 *.expected.json")
    Path expected;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
    Path rulesDir;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, Map<String, Double>> want = expected != null
                ? ExpectedCells.fromFile(expected) : ExpectedCells.besideReports(folder);
        RuleBase rules = Main.loadRules(rulesDir, new PrintStream(System.err, true, Main.consoleCharset()));
        if (rules == null) return 2;
        Auditor auditor = new Auditor(rules);
        List<CellScore> scores = new ArrayList<>();
        for (InputFile f : InputFiles.withDefaults().expand(List.of(folder))) {
            String name = Path.of(f.name()).getFileName().toString();
            if (!want.containsKey(name)) continue;
            AuditResult r = auditor.audit(f);
            scores.add(CellScore.of(name, want.get(name), r.cells()));
        }
        print(out, scores, want.size());
        boolean silent = scores.stream().anyMatch(s -> !s.silentlyWrong().isEmpty() || !s.unexpected().isEmpty());
        return silent ? 1 : 0;
    }

    private static void print(PrintStream out, List<CellScore> scores, int listed) {
        out.printf("%-44s %6s %6s %8s %6s %9s%n", "文件", "期望", "正确", "静默错误", "未读出", "准确率");
        int exp = 0, right = 0, wrong = 0, missing = 0;
        for (CellScore s : scores) {
            out.printf("%-44s %6d %6d %8d %6d %8.2f%%%n", s.file(), s.expected(), s.right(),
                    s.silentlyWrong().size() + s.unexpected().size(), s.notRead().size(), 100 * s.accuracy());
            s.silentlyWrong().forEach(w -> out.println("    读错：" + w));
            s.unexpected().forEach(w -> out.println("    不应读出：" + w));
            exp += s.expected();
            right += s.right();
            wrong += s.silentlyWrong().size() + s.unexpected().size();
            missing += s.notRead().size();
        }
        out.printf("%-44s %6d %6d %8d %6d %8.2f%%%n", "合计（" + scores.size() + "/" + listed + " 个文件）", exp, right, wrong,
                missing, exp == 0 ? 100.0 : 100.0 * right / exp);
    }
}
