package nianbao.cli;

import nianbao.rules.RuleBase;
import nianbao.rules.RuleMeta;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** For policy staff: check the rule files, list the rules, write the catalogue from them. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "规则：检查、列出、生成规则目录",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class, RulesCommand.Doc.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "编译全部规则文件和配置，报告错误（文件:行号: 说明），列出规则")
    static final class Check implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
        Path dir;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
            RuleBase rules = Main.loadRules(dir, new PrintStream(System.err, true, Main.consoleCharset()));
            if (rules == null) return 2;
            List<RuleMeta> all = rules.allRules();
            List<String> warnings = warnings(all);
            out.printf("%-28s %-8s %-22s %s%n", "规则编号", "严重程度", "文件", "依据");
            for (RuleMeta m : all) {
                out.printf("%-28s %-8s %-22s %s%n", m.id(), rules.severityOf(m.id()).name(), m.file(), m.source());
            }
            warnings.forEach(w -> out.println("警告：" + w));
            out.println("共 " + all.size() + " 条规则，" + warnings.size() + " 条警告；规则摘要 " + rules.digest().substring(0, 12));
            return 0;
        }

        static List<String> warnings(List<RuleMeta> all) {
            List<String> out = new ArrayList<>();
            Map<String, Set<String>> filesById = new LinkedHashMap<>();
            for (RuleMeta m : all) {
                if (m.id().equals(m.name()) && !m.id().matches("[A-Z0-9-]+")) out.add(m.file() + "：规则“" + m.name() + "”没有 @id");
                if (m.source().isEmpty()) out.add(m.file() + "：规则 " + m.id() + " 没有 @source");
                if (m.check().isEmpty()) out.add(m.file() + "：规则 " + m.id() + " 没有 @check（规则目录中的说明）");
                filesById.computeIfAbsent(m.id(), k -> new TreeSet<>()).add(m.file());
            }
            filesById.forEach((id, files) -> {
                if (files.size() > 1) out.add("编号 " + id + " 在多个文件中重复使用：" + String.join("、", files));
            });
            return out;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "运行 rules/tests/*.yaml 中的规则测试用例：应发现的问题和不应出现的问题")
    static final class Test implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
        Path dir;

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
            Path rulesDir = dir != null ? dir : Main.home().resolve("rules");
            RuleBase rules = Main.loadRules(rulesDir, new PrintStream(System.err, true, Main.consoleCharset()));
            if (rules == null) return 2;
            nianbao.pipeline.Auditor auditor = new nianbao.pipeline.Auditor(rules);
            int passed = 0, failed = 0;
            List<Path> files;
            try (var s = Files.list(rulesDir.resolve("tests"))) {
                files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
            for (Path f : files) {
                List<nianbao.rules.RuleTestCase> cases = yaml.readValue(f.toFile(),
                        new com.fasterxml.jackson.core.type.TypeReference<List<nianbao.rules.RuleTestCase>>() {});
                for (nianbao.rules.RuleTestCase c : cases) {
                    Path report = f.getParent().resolve(c.report());
                    byte[] bytes = Files.readAllBytes(report);
                    if (c.replace() != null) {
                        String changed = c.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                        if (changed == null) {
                            failed++;
                            out.println("未通过：" + c.name() + "（" + f.getFileName() + "）要替换的文字在报告中找不到");
                            continue;
                        }
                        bytes = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    var result = auditor.audit(nianbao.pipeline.InputFile.of(report.toString(), bytes));
                    Set<String> ids = new TreeSet<>();
                    result.findings().forEach(x -> ids.add(x.rule()));
                    List<String> missing = c.expect().stream().filter(id -> !ids.contains(id)).toList();
                    List<String> unwanted = c.notExpect().stream().filter(ids::contains).toList();
                    if (missing.isEmpty() && unwanted.isEmpty()) {
                        passed++;
                    } else {
                        failed++;
                        out.println("未通过：" + c.name() + "（" + f.getFileName() + "）"
                                + (missing.isEmpty() ? "" : " 应发现而未发现 " + missing)
                                + (unwanted.isEmpty() ? "" : " 不应出现却出现 " + unwanted));
                    }
                }
            }
            out.println("rules: " + passed + " passed, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "doc", mixinStandardHelpOptions = true,
            description = "由规则元数据生成规则目录（Markdown 或 .xlsx），发布的目录与规则永远一致")
    static final class Doc implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件（.md 或 .xlsx；默认输出 Markdown 到屏幕）")
        Path outFile;

        @Override
        public Integer call() throws Exception {
            RuleBase rules = Main.loadRules(dir, new PrintStream(System.err, true, Main.consoleCharset()));
            if (rules == null) return 2;
            List<RuleMeta> catalogue = unique(rules.allRules());
            if (outFile != null && outFile.toString().endsWith(".xlsx")) {
                try (OutputStream o = Files.newOutputStream(outFile); XSSFWorkbook wb = new XSSFWorkbook()) {
                    Sheet sheet = wb.createSheet("规则目录");
                    String[] head = {"规则编号", "严重程度", "检查内容", "依据", "文件"};
                    Row h = sheet.createRow(0);
                    for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
                    int n = 1;
                    for (RuleMeta m : catalogue) {
                        Row r = sheet.createRow(n++);
                        String[] v = {m.id(), rules.severityOf(m.id()).chinese(), m.check(), m.source(), m.file()};
                        for (int i = 0; i < v.length; i++) r.createCell(i).setCellValue(v[i]);
                    }
                    wb.write(o);
                }
                return 0;
            }
            StringBuilder md = new StringBuilder("# 规则目录\n\n由 `nianbao rules doc` 根据规则文件生成（规则摘要 ")
                    .append(rules.digest(), 0, 12).append("）。\n\n| 规则编号 | 严重程度 | 检查内容 | 依据 | 文件 |\n|---|---|---|---|---|\n");
            for (RuleMeta m : catalogue) {
                md.append("| ").append(m.id()).append(" | ").append(rules.severityOf(m.id()).chinese()).append(" | ")
                        .append(m.check()).append(" | ").append(m.source()).append(" | ").append(m.file()).append(" |\n");
            }
            if (outFile != null) Files.writeString(outFile, md);
            else new PrintStream(System.out, true, Main.consoleCharset()).print(md);
            return 0;
        }

        /** One row per id: the first rule declaring it. */
        private static List<RuleMeta> unique(List<RuleMeta> all) {
            Map<String, RuleMeta> byId = new LinkedHashMap<>();
            for (RuleMeta m : all) byId.putIfAbsent(m.id(), m);
            return new ArrayList<>(byId.values());
        }
    }
}
