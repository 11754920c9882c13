package nianbao.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which JIT a batch gets. The launchers start {@code audit} with the C1 compiler only
 * ({@code -XX:TieredStopAtLevel=1}): a fresh JVM's optimising C2 compiler spends about 30 s of CPU on
 * this program's hot code before it pays, which a batch of a few hundred reports never earns back
 * (measured from the JVM's start, 2 cores: 300 HTML reports 4.9 s with C1 only against 8.2 s with C2,
 * 1,000 HTML 9.2 s against 12.5 s, 3,000 HTML 25.2 s against 20.4 s; 1,000 PDFs 18.9 s against 17.8 s).
 * A batch of {@value #C2_FROM} reports or more is handed over to a JVM with C2: the same command, started again
 * without that option, its output and exit status passed through.
 */
final class JitChoice {
    private static final Logger LOG = LoggerFactory.getLogger(JitChoice.class);
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** Reports from which a batch is audited with C2. */
    static final int C2_FROM = 2000;
    private static final String RELAUNCHED = "nianbao.relaunched";

    private JitChoice() {}

    /** True when this JVM has C1 only, was not itself started by {@link #relaunch}, and the batch is large. */
    static boolean wantsC2(int reports) {
        return wantsC2(reports, ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty(RELAUNCHED) != null);
    }

    static boolean wantsC2(int reports, List<String> jvmOptions, boolean relaunched) {
        return reports >= C2_FROM && !relaunched && jvmOptions.contains(C1_ONLY);
    }

    /**
     * Runs {@code args} again in a JVM with C2 and answers its exit status; null when it could not be
     * started (the batch then goes on here, only slower).
     */
    static Integer relaunch(List<String> args) {
        List<String> cmd = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"), args);
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            LOG.warn("could not start a JVM with C2 for the batch, going on with C1: {}", cmd, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The command: this JVM's options without C1-only and without writing a class-data archive, the same program and arguments. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String o : jvmOptions) {
            if (!o.equals(C1_ONLY) && !o.startsWith("-XX:ArchiveClassesAtExit")) cmd.add(o);
        }
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return cmd;
    }
}
