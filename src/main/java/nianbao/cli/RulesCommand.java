package nianbao.cli;

import nianbao.rules.RuleBase;
import nianbao.rules.RuleFileException;
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
        subcommands = {RulesCommand.Check.class, RulesCommand.Doc.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static RuleBase load(Path dir, PrintStream err) {
        try {
            return RuleBase.load(dir != null ? dir : Main.home().resolve("rules"));
        } catch (RuleFileException e) {
            err.println("规则文件有错误 / rule files have errors:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "编译全部规则文件和配置，报告错误（文件:行号: 说明），列出规则")
    static final class Check implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
        Path dir;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
            RuleBase rules = load(dir, new PrintStream(System.err, true, Main.consoleCharset()));
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

    @Command(name = "doc", mixinStandardHelpOptions = true,
            description = "由规则元数据生成规则目录（Markdown 或 .xlsx），发布的目录与规则永远一致")
    static final class Doc implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "规则目录")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件（.md 或 .xlsx；默认输出 Markdown 到屏幕）")
        Path outFile;

        @Override
        public Integer call() throws Exception {
            RuleBase rules = load(dir, new PrintStream(System.err, true, Main.consoleCharset()));
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
