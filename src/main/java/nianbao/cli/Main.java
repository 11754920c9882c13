package nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code nianbao}: the command line. Exit 0 all pass, 1 a report failed or was not assessable, 2 usage. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao-audit " + Main.VERSION,
        description = "政府信息公开工作年度报告审查工具", subcommands = {AuditCommand.class, EvalCommand.class, RulesCommand.class, BenchCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        configureLogging();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            org.slf4j.LoggerFactory.getLogger(Main.class).error("command failed", e);
            cmd.getErr().println("出错：" + e.getMessage() + "（详情见日志 " + logFile() + "）");
            return 2;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Where the project lives: the launcher's folder (rules/, fixtures/), else the working directory. */
    static Path home() {
        String h = System.getProperty("nianbao.home");
        return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
    }

    /**
     * The rule set of the folder given (default: rules/ beside the program); null after printing
     * each problem as "file:line: message", for the command to exit 2.
     */
    static nianbao.rules.RuleBase loadRules(Path dir, java.io.PrintStream err) {
        try {
            return nianbao.rules.RuleBase.load(dir != null ? dir : home().resolve("rules"));
        } catch (nianbao.rules.RuleFileException e) {
            err.println("规则文件有错误，未进行处理 / rule files have errors:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }

    /** The limits of nianbao.yaml beside the program; null after saying what is wrong and {@code consequence}. */
    static nianbao.pipeline.Limits loadLimits(java.io.PrintStream err, String consequence) {
        try {
            return nianbao.pipeline.Limits.load(home());
        } catch (IllegalArgumentException e) {
            err.println("配置文件有错误，" + consequence + "：" + e.getMessage());
            return null;
        }
    }

    /** The bundled sample reports: samples/ in a release, fixtures/samples/ in the source tree. */
    static Path samples() {
        Path release = home().resolve("samples");
        return Files.isDirectory(release) ? release : home().resolve("fixtures").resolve("samples");
    }

    /** The console's own encoding (GBK on a Chinese Windows console), else UTF-8. */
    static java.nio.charset.Charset consoleCharset() {
        String enc = System.getProperty("sun.stdout.encoding");
        try {
            return enc == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc);
        } catch (RuntimeException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    static Path logFile() {
        return home().resolve(".nianbao").resolve("nianbao.log");
    }

    /** Details (and Drools' chatter) go to a log file, never as stack traces to the user. */
    private static void configureLogging() {
        try {
            Files.createDirectories(logFile().getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", logFile().toString());
        } catch (Exception e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
