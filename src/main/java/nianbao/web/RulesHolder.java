package nianbao.web;

import nianbao.pipeline.Auditor;
import nianbao.pipeline.Limits;
import nianbao.rules.RuleBase;
import nianbao.rules.RuleFileException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The rule set in use and its auditor. {@link #reload()} compiles the rule files anew and switches
 * only when they compile: on errors the old rules stay in use and the errors (file:line: message)
 * are kept to be shown.
 */
public final class RulesHolder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RulesHolder.class);

    /** The rules in use, their auditor and when they were loaded. */
    public record Current(RuleBase rules, Auditor auditor, Instant loadedAt) {}

    /** The outcome of a reload: ok, or the errors that kept the old rules. */
    public record Reload(boolean ok, String digest, List<String> errors, Instant at) {}

    private final Path dir;
    private final Limits limits;
    private volatile Current current;
    private volatile Reload last;

    public RulesHolder(Path dir, RuleBase initial, Limits limits) {
        this.dir = dir;
        this.limits = limits;
        this.current = new Current(initial, new Auditor(initial, limits), Instant.now());
    }

    public Current current() { return current; }

    public Path dir() { return dir; }

    /** The last reload's outcome, null before the first. */
    public Reload lastReload() { return last; }

    public synchronized Reload reload() {
        try {
            RuleBase fresh = RuleBase.load(dir);
            current = new Current(fresh, new Auditor(fresh, limits), Instant.now());
            last = new Reload(true, fresh.digest(), List.of(), Instant.now());
        } catch (RuleFileException e) {
            last = new Reload(false, current.rules().digest(), e.problems(), Instant.now());
        } catch (RuntimeException e) { // an unreadable folder or file: the old rules stay, and the reviewer is told why
            LOG.error("reloading the rules of {} failed", dir, e);
            last = new Reload(false, current.rules().digest(),
                    List.of("无法读取规则文件夹 " + dir + "（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）"), Instant.now());
        }
        return last;
    }
}
