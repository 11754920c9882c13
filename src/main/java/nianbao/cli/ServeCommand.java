package nianbao.cli;

import nianbao.pipeline.Limits;
import nianbao.rules.RuleBase;
import nianbao.web.BrowserOpener;
import nianbao.web.Workspace;
import nianbao.web.WorkspaceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动审查工作台（浏览器中上传、审查、导出；数据保存在数据目录中）")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "端口（默认 8080；0 为任选空闲端口）")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "监听地址（默认 127.0.0.1，仅本机可访问）")
    String host = "127.0.0.1";

    @Option(names = "--data", paramLabel = "DIR", description = "数据目录（默认：程序目录下的 .nianbao/data）")
    Path data;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：程序目录下的 rules/）")
    Path rulesDir;

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "一次上传的大小上限（默认 500 MB；单个文件的上限见 nianbao.yaml 的 max-file-mb）")
    long maxUploadMb = 500;

    @Option(names = "--no-browser", description = "启动后不自动打开浏览器")
    boolean noBrowser;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, Main.consoleCharset());
        PrintStream err = new PrintStream(System.err, true, Main.consoleCharset());
        if (port < 0 || port > 65535 || maxUploadMb <= 0) {
            err.println("参数有误：端口应在 0–65535 之间，上传上限应为正数。");
            return 2;
        }
        Path dir = rulesDir != null ? rulesDir : Main.home().resolve("rules");
        RuleBase rules = Main.loadRules(dir, err);
        if (rules == null) return 2;
        Limits limits = Main.loadLimits(err, "工作台未启动");
        if (limits == null) return 2;
        Path dataDir = data != null ? data : Main.home().resolve(".nianbao").resolve("data");
        Workspace ws;
        try {
            ws = new Workspace(dataDir, dir, rules, limits, Main.VERSION);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class).error("cannot open the archive", e);
            err.println("无法打开数据目录中的档案库：" + dataDir + "（可能已有另一个工作台在使用该目录）。详情见日志 " + Main.logFile());
            return 2;
        }
        WorkspaceServer server = new WorkspaceServer(ws, new WorkspaceServer.Options(host, port, maxUploadMb << 20));
        try {
            server.start();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class).error("cannot start the server", e);
            err.println("工作台未能启动：端口 " + port + " 可能已被占用，可用 --port 换一个端口。");
            ws.close();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ws.close();
            stopped.countDown();
        }, "nianbao-serve-shutdown"));
        out.println("审查工作台已启动：" + server.address());
        out.println("数据目录：" + ws.dataDir());
        out.println("规则：" + dir + "（" + rules.digest().substring(0, 12) + "）");
        out.println("按 Ctrl+C 停止。");
        if (!noBrowser && !BrowserOpener.open(server.address())) {
            out.println("未能自动打开浏览器，请在浏览器中打开上面的地址。");
        }
        stopped.await();
        return 0;
    }
}
