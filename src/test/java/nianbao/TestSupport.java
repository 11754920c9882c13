package nianbao;

import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.InputFile;
import nianbao.rules.RuleBase;
import nianbao.rules.RuleFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** The project's own rules/ compiled once for all tests, and short ways to audit. */
public final class TestSupport {
    public static final Path SHARED = Path.of("..", "shared");

    private TestSupport() {}

    private static final class Holder {
        static final RuleBase RULES = load();

        private static RuleBase load() {
            try {
                return RuleBase.load(Path.of("rules"));
            } catch (RuleFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    public static RuleBase rules() { return Holder.RULES; }

    public static AuditResult audit(String name, byte[] bytes) {
        return new Auditor(rules()).audit(InputFile.of(name, bytes));
    }

    public static AuditResult audit(String name, String text) {
        return audit(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static AuditResult audit(Path file) throws IOException {
        return audit(file.toString(), Files.readAllBytes(file));
    }

    public static TreeSet<String> ruleIds(AuditResult r) {
        TreeSet<String> ids = new TreeSet<>();
        r.findings().forEach(f -> ids.add(f.rule()));
        return ids;
    }

    public static List<String> findingLines(AuditResult r) {
        return r.findings().stream().map(f -> f + " " + f.message()).toList();
    }

    /** {@code length} characters drawn from {@code alphabet} (one char at a time: lone surrogates too). */
    public static String randomString(java.util.Random r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }

    /** A copy of the project's rules/ folder (with rules/tests/) in {@code to}, for a test to edit. */
    public static Path copyOfRules(Path to) throws IOException {
        Path rules = Path.of("rules");
        try (java.util.stream.Stream<Path> files = Files.walk(rules)) {
            for (Path p : files.toList()) {
                Path copy = to.resolve(rules.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(copy);
                else Files.copy(p, copy);
            }
        }
        return to;
    }
}
