package nianbao.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Compiled rule sets on disk, one file per rule set: {@code rules-<key>.kjar}, where the key is a
 * digest of every file of the rules folder except rules/tests/ (the DRL files, identities.yaml,
 * config.yaml), of this program's own build, of the Drools version and of the Java version. Any edit
 * gives another key, so a changed rule set is compiled again by itself; nothing is ever invalidated by
 * hand. The folder: the system property {@code nianbao.cache} or else the environment variable
 * {@code NIANBAO_CACHE} ("off" turns the cache off), else {@code .nianbao/cache/} under the program's home
 * ({@code nianbao.home}, set by the launchers; else the working directory). Deleting the folder is
 * always safe. A cache that cannot be read or written is never fatal: it is logged and the rules are
 * compiled in memory.
 */
final class RuleCache {
    static final String PROPERTY = "nianbao.cache", ENV = "NIANBAO_CACHE";
    /** Bump when the file format or what goes into it changes. */
    private static final String FORMAT = "1";
    /** Rule sets kept (the most recently used); older files are deleted when a new one is written. */
    private static final int KEEP = 8;
    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);

    private final Path dir;

    private RuleCache(Path dir) {
        this.dir = dir;
    }

    static final RuleCache OFF = new RuleCache(null);

    static RuleCache at(Path dir) {
        return new RuleCache(dir);
    }

    /** The cache configured by property, environment or the program's home (see the class comment). */
    static RuleCache configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null) v = System.getenv(ENV);
        if (v != null) {
            v = v.strip();
            if (v.isEmpty() || v.equalsIgnoreCase("off") || v.equalsIgnoreCase("none")) return OFF;
            return new RuleCache(Path.of(v).toAbsolutePath());
        }
        String home = System.getProperty("nianbao.home");
        Path base = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
        return new RuleCache(base.resolve(".nianbao").resolve("cache"));
    }

    /** Off when configured so, or when this program's build cannot be identified. */
    boolean enabled() { return dir != null && PROGRAM != null; }

    Path dir() { return dir; }

    Path file(String key) {
        return dir.resolve("rules-" + key + ".kjar");
    }

    /** The compiled rules of this key, or null: none cached, or a file that cannot be used (then deleted). */
    CompiledRules read(String key) {
        if (!enabled()) return null;
        Path f = file(key);
        if (!Files.isRegularFile(f)) return null;
        try {
            CompiledRules rules = CompiledRules.fromBytes(checked(Files.readAllBytes(f)), key);
            touch(f);
            return rules;
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule cache file {} cannot be used ({}); compiling the rules again", f, e.toString());
            delete(key);
            return null;
        }
    }

    /**
     * The file's content: the SHA-256 of the compiled rules, then the rules, so that any damage to the
     * file (a flipped byte in a zip header as much as in a class) is caught before a class is defined.
     */
    private static byte[] sealed(byte[] bytes) {
        byte[] sum = sha256(bytes, 0);
        byte[] out = java.util.Arrays.copyOf(sum, sum.length + bytes.length);
        System.arraycopy(bytes, 0, out, sum.length, bytes.length);
        return out;
    }

    /** The compiled rules of a sealed file; IOException when the file is not what was written. */
    static byte[] checked(byte[] file) throws IOException {
        if (file.length < 32) throw new IOException("damaged cache file (too short)");
        byte[] sum = sha256(file, 32);
        if (!java.util.Arrays.equals(sum, 0, 32, file, 0, 32)) throw new IOException("damaged cache file (checksum)");
        return java.util.Arrays.copyOfRange(file, 32, file.length);
    }

    private static byte[] sha256(byte[] bytes, int from) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(bytes, from, bytes.length - from);
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    /** Keeps the bytes under this key (written whole or not at all); prunes old files. */
    void write(String key, byte[] bytes) {
        if (!enabled()) return;
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "rules-", ".tmp");
            Files.write(tmp, sealed(bytes));
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule cache not written to {} ({}); the rules will be compiled again next time", dir, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    void delete(String key) {
        if (!enabled()) return;
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule cache file {} not deleted ({})", file(key), e.toString());
        }
    }

    /** Keeps the {@link #KEEP} most recently used rule sets, and drops temporary files left by a crash. */
    private void prune() {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            List<Path> sets = files.stream().filter(p -> p.getFileName().toString().endsWith(".kjar"))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed()).toList();
            for (Path p : sets.subList(Math.min(KEEP, sets.size()), sets.size())) Files.deleteIfExists(p);
            Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
            for (Path p : files) {
                if (p.getFileName().toString().endsWith(".tmp") && modified(p).toInstant().isBefore(hourAgo)) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule cache {} not pruned ({})", dir, e.toString());
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path f) {
        try {
            Files.setLastModifiedTime(f, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // only used to prune the least recently used files first
        }
    }

    /**
     * The key of a rule set: its files (relative path and content, tests excluded), this program's build,
     * the Drools version, the Java version and the cache format.
     */
    static String key(Path rulesDir, List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("nianbao-rule-cache " + FORMAT + "\0" + DROOLS_VERSION + "\0java " + Runtime.version().feature()
                    + "\0" + PROGRAM + "\0").getBytes(StandardCharsets.UTF_8));
            for (Path p : files) {
                String rel = rulesDir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("tests/")) continue;
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                byte[] content = Files.readAllBytes(p);
                md.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(content);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DROOLS_VERSION = droolsVersion();
    private static final String PROGRAM = program();

    private static String droolsVersion() {
        try (InputStream in = RuleCache.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-model-codegen/pom.properties")) {
            if (in == null) return "drools ?";
            Properties p = new Properties();
            p.load(in);
            return "drools " + p.getProperty("version");
        } catch (IOException | RuntimeException e) {
            return "drools ?";
        }
    }

    /**
     * This program's build, which the compiled rules are bound to (they call the fact classes): the
     * jar's size and time, or for a classes folder (development) the count, size and newest time of its
     * files. Rebuilding the program therefore compiles the rules again.
     */
    private static String program() {
        try {
            Path p = Path.of(RuleBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p)) return p.getFileName() + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            long[] acc = new long[3];
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        acc[0]++;
                        acc[1] += Files.size(f);
                        acc[2] = Math.max(acc[2], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            return "classes " + acc[0] + " " + acc[1] + " " + acc[2];
        } catch (Exception e) {
            return null; // cannot be told apart from another build: no cache
        }
    }
}
