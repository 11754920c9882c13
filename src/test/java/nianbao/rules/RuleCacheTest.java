package nianbao.rules;

import nianbao.TestSupport;
import nianbao.findings.Finding;
import nianbao.pipeline.AuditResult;
import nianbao.pipeline.Auditor;
import nianbao.pipeline.CrossReports;
import nianbao.pipeline.InputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule cache: what it gives back runs exactly as the rules compiled now by drools-mvel; an edit
 * compiles again; a damaged or unwritable cache costs only time; a broken rule file is still named
 * with its line.
 */
class RuleCacheTest {
    /** The project's rules compiled by drools-mvel, without any cache: the reference. */
    private static RuleBase reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void reference() throws RuleFileException {
        reference = RuleBase.load(Path.of("rules"), RuleCache.OFF);
        assertEquals(RuleBase.Origin.INTERPRETED, reference.origin());
    }

    private Path copyOfRules() throws IOException {
        return TestSupport.copyOfRules(tmp.resolve("rules"));
    }

    /** The fixtures and the reports of the rule test cases (a positive and a negative case for every rule). */
    private static List<Path> reports() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("fixtures"), Path.of("rules", "tests", "reports"))) {
            try (Stream<Path> s = Files.walk(root)) {
                out.addAll(s.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString();
                    return !n.endsWith(".json") && !n.endsWith("README.md") && !p.startsWith(Path.of("fixtures", "generator"));
                }).sorted().toList());
            }
        }
        return out;
    }

    /** Every finding of every fixture, audited one by one and then across the batch, as text. */
    private static List<String> findings(RuleBase rules) throws IOException {
        Auditor auditor = new Auditor(rules);
        List<AuditResult> batch = new ArrayList<>();
        for (Path p : reports()) batch.add(auditor.audit(InputFile.of(p.toString(), Files.readAllBytes(p))));
        List<String> out = new ArrayList<>();
        for (AuditResult r : CrossReports.run(rules, batch)) {
            out.add(r.file() + " " + r.verdict());
            for (Finding f : r.findings()) {
                out.add("  " + f + " | " + f.severity() + " | " + f.source() + " | " + f.message() + " | " + f.left() + " " + f.right());
            }
        }
        return out;
    }

    @Test
    void theCachedRulesFindExactlyWhatAFreshBuildFinds() throws Exception {
        RuleCache cache = RuleCache.at(tmp.resolve("cache"));
        RuleBase compiled = RuleBase.load(Path.of("rules"), cache);
        assertEquals(RuleBase.Origin.COMPILED, compiled.origin());
        RuleBase cached = RuleBase.load(Path.of("rules"), cache);
        assertEquals(RuleBase.Origin.CACHE, cached.origin());

        List<String> expected = findings(reference);
        assertTrue(expected.stream().filter(l -> l.startsWith("  ")).count() > 50, "findings: " + expected.size());
        assertTrue(expected.stream().filter(l -> l.startsWith("  ")).map(l -> l.split(" ")[2]).distinct().count() > 30,
                "rules that fired");
        assertEquals(expected, findings(compiled));
        assertEquals(expected, findings(cached));

        // the same metadata, down to the file each rule is in
        assertEquals(reference.allRules(), cached.allRules());
        assertEquals(new java.util.TreeMap<>(reference.rules()), new java.util.TreeMap<>(cached.rules()));
        assertEquals(reference.digest(), cached.digest());
    }

    private static String key(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return RuleCache.key(dir, s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    @Test
    void anEditedRuleFileIsCompiledAgainAndTestsDoNotCount() throws Exception {
        Path dir = copyOfRules();
        RuleCache cache = RuleCache.at(tmp.resolve("cache"));
        assertEquals(RuleBase.Origin.COMPILED, RuleBase.load(dir, cache).origin());
        assertEquals(RuleBase.Origin.CACHE, RuleBase.load(dir, cache).origin());
        String key = key(dir);
        assertTrue(Files.isRegularFile(cache.file(key)));

        // a rule test case is not part of the rule set
        Files.writeString(dir.resolve("tests").resolve("extra.yaml"), "# a new case\n");
        assertEquals(key, key(dir));

        // config.yaml and identities.yaml are part of it
        Path config = dir.resolve("config.yaml"), identities = dir.resolve("identities.yaml");
        String configText = Files.readString(config), identitiesText = Files.readString(identities);
        Files.writeString(config, configText + "\n# edited\n");
        assertNotEquals(key, key(dir));
        Files.writeString(config, configText);
        Files.writeString(identities, identitiesText + "\n# edited\n");
        assertNotEquals(key, key(dir));
        Files.writeString(identities, identitiesText);
        assertEquals(key, key(dir));

        // any DRL edit compiles again, and the change is in force, then cached
        Path drl = dir.resolve("arithmetic.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"ERROR\") @source(\"国办公开办函〔2021〕30号（表三注明的勾稽关系）\")",
                "@severity(\"INFO\") @source(\"国办公开办函〔2021〕30号（表三注明的勾稽关系）\")"));
        assertNotEquals(key, key(dir));
        RuleBase edited = RuleBase.load(dir, cache);
        assertEquals(RuleBase.Origin.COMPILED, edited.origin());
        assertEquals("INFO", edited.rules().get("REQUESTS-COLUMN-BALANCE").severity().name());
        RuleBase again = RuleBase.load(dir, cache);
        assertEquals(RuleBase.Origin.CACHE, again.origin());
        assertEquals("INFO", again.rules().get("REQUESTS-COLUMN-BALANCE").severity().name());
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".kjar")).count());
        }
    }

    @Test
    void aDamagedCacheFileIsCompiledAgain() throws Exception {
        RuleCache cache = RuleCache.at(tmp.resolve("cache"));
        RuleBase.load(Path.of("rules"), cache);
        String key = key(Path.of("rules"));
        Path file = cache.file(key);
        byte[] good = Files.readAllBytes(file);

        // garbage, a byte flipped inside a class: refused and deleted
        Files.writeString(file, "not a cache file");
        assertEquals(null, cache.read(key));
        assertFalse(Files.exists(file));
        // anywhere: the checksum, a zip header, a class, the end mark
        for (int at : new int[]{0, 40, 60, good.length / 3, good.length / 2, good.length - 5}) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x5a;
            Files.write(file, flipped);
            assertEquals(null, cache.read(key), "flipped byte at " + at);
        }
        Files.write(file, good);
        assertTrue(cache.read(key) != null);

        // cut short: compiled again, same findings, cached again
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        RuleBase rebuilt = RuleBase.load(Path.of("rules"), cache);
        assertEquals(RuleBase.Origin.COMPILED, rebuilt.origin());
        assertEquals(findings(reference), findings(rebuilt));
        assertEquals(RuleBase.Origin.CACHE, RuleBase.load(Path.of("rules"), cache).origin());
    }

    @Test
    void aCacheThatCannotBeWrittenIsNotFatal() throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        RuleCache cache = RuleCache.at(notADir.resolve("cache"));
        RuleBase rules = RuleBase.load(Path.of("rules"), cache);
        assertEquals(RuleBase.Origin.COMPILED, rules.origin());
        assertFalse(rules.rules().isEmpty());
        assertEquals(null, cache.read(key(Path.of("rules"))));
    }

    @Test
    void aBrokenRuleFileIsNamedWithItsLineAsWithoutTheCache() throws Exception {
        Path dir = copyOfRules();
        Files.writeString(dir.resolve("broken.drl"), """
                package x;
                rule "BROKEN"
                when
                    Integer( > 3 )
                then
                end
                """, StandardCharsets.UTF_8);
        RuleCache cache = RuleCache.at(tmp.resolve("cache"));
        RuleFileException withCache = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, cache));
        RuleFileException without = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, RuleCache.OFF));
        assertEquals(without.problems(), withCache.problems());
        assertTrue(withCache.problems().stream().anyMatch(p -> p.startsWith("broken.drl:4:")), withCache.problems().toString());
        if (Files.exists(tmp.resolve("cache"))) {
            try (var cached = Files.list(tmp.resolve("cache"))) {
                assertFalse(cached.findAny().isPresent(), "nothing cached");
            }
        }

        // a compilation error in a consequence (found by the Java compiler) also names file and line
        Files.writeString(dir.resolve("broken.drl"), """
                package x;
                rule "BROKEN"
                when
                    Integer()
                then
                    int x = "text";
                end
                """, StandardCharsets.UTF_8);
        withCache = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, cache));
        without = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, RuleCache.OFF));
        assertEquals(without.problems(), withCache.problems());
        assertTrue(withCache.problems().stream().anyMatch(p -> p.startsWith("broken.drl:")
                && !p.startsWith("broken.drl:-1") && !p.startsWith("broken.drl:0:")), withCache.problems().toString());
    }

    @Test
    void theCacheFolderIsConfigurable() {
        String before = System.getProperty(RuleCache.PROPERTY);
        try {
            System.setProperty(RuleCache.PROPERTY, tmp.resolve("c").toString());
            assertEquals(tmp.resolve("c").toAbsolutePath(), RuleCache.configured().dir());
            System.setProperty(RuleCache.PROPERTY, "off");
            assertFalse(RuleCache.configured().enabled());
        } finally {
            if (before == null) System.clearProperty(RuleCache.PROPERTY);
            else System.setProperty(RuleCache.PROPERTY, before);
        }
    }
}
