package nianbao.rules;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.io.ByteArrayResource;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The rules compiled to Java classes (Drools' executable model), held as class-file bytes: written to
 * the rule cache as a small zip and turned back into a KieBase with no compilation at all (no DRL
 * parsing, no code generation, no Java compiler). The generated Java is compiled in memory by Drools'
 * embedded Eclipse compiler (drools-ecj), so a plain Java runtime without javac is enough.
 */
final class CompiledRules {
    /** Entries of the cache file besides the classes. */
    private static final String MODELS = "nianbao/models", RULE_FILES = "nianbao/rule-files.properties",
            END = "nianbao/complete";

    private final Map<String, byte[]> classes;
    private final List<String> models;
    private final Map<String, String> ruleFiles;

    private CompiledRules(Map<String, byte[]> classes, List<String> models, Map<String, String> ruleFiles) {
        this.classes = classes;
        this.models = models;
        this.ruleFiles = ruleFiles;
    }

    /** A compilation: the rules, or (when the executable model rejects them) its error messages. */
    record Compilation(CompiledRules rules, List<String> errors) {}

    /** Compiles DRL files (relative path → text) with the executable model. */
    static Compilation compile(Map<String, String> drls, String name) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("nianbao", "rules-exec-" + name, "1.0.0");
        kfs.generateAndWritePomXML(id);
        drls.forEach((rel, text) -> kfs.write("src/main/resources/" + rel, text));
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException | LinkageError e) { // a code generator that fails rather than reporting
            return new Compilation(null, List.of("executable model build failed: " + e));
        }
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText().strip());
        }
        if (!errors.isEmpty()) return new Compilation(null, errors);
        try {
            byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
            ks.getRepository().removeKieModule(id); // kept by the bytes, not by the repository
            Map<String, byte[]> classes = new LinkedHashMap<>();
            List<String> models = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String n = e.getName();
                    if (n.endsWith(".class")) {
                        classes.put(n.substring(0, n.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                    } else if (n.startsWith("META-INF/kie/") && n.endsWith("/drools-model")) {
                        models.addAll(modelNames(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            if (models.isEmpty()) return new Compilation(null, List.of("no drools-model in the compiled module"));
            return new Compilation(new CompiledRules(classes, models, ruleFiles(drls)), List.of());
        } catch (IOException | RuntimeException e) {
            return new Compilation(null, List.of("compiled module unreadable: " + e));
        }
    }

    /** The lines of a drools-model file that name a model class (the first line is the model version). */
    private static List<String> modelNames(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.contains(":")) out.add(s);
        }
        return out;
    }

    /** Which rules/ file each rule comes from ("package/rule name" → file): the executable model forgets it. */
    private static Map<String, String> ruleFiles(Map<String, String> drls) {
        Map<String, String> out = new TreeMap<>();
        drls.forEach((rel, text) -> {
            try {
                PackageDescr pkg = new DrlParser().parse(false, new StringReader(text));
                if (pkg == null) return;
                for (RuleDescr r : pkg.getRules()) out.put(pkg.getName() + "/" + r.getName(), rel);
            } catch (Exception e) {
                // the build succeeded, so this does not happen; the rule is then known by its package
            }
        });
        return out;
    }

    /** The cache file's bytes: a zip of the classes, the model names and the rule files, and an end mark. */
    byte[] toBytes(String key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(1);
                for (var e : classes.entrySet()) put(zip, e.getKey().replace('.', '/') + ".class", e.getValue());
                put(zip, MODELS, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
                Properties p = new Properties();
                p.putAll(ruleFiles);
                StringWriter w = new StringWriter();
                p.store(w, null);
                put(zip, RULE_FILES, w.toString().getBytes(StandardCharsets.UTF_8));
                put(zip, END, key.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * Reads a cache file. Every entry's CRC is checked while reading, and the file must end with the
     * mark naming this key: a truncated, damaged or foreign file is refused (IOException).
     */
    static CompiledRules fromBytes(byte[] bytes, String key) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = null;
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        boolean complete = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String n = e.getName();
                byte[] data = zip.readAllBytes();
                if (complete) throw new IOException("entries after the end mark");
                if (n.endsWith(".class")) {
                    classes.put(n.substring(0, n.length() - ".class".length()).replace('/', '.'), data);
                } else if (n.equals(MODELS)) {
                    models = modelNames(new String(data, StandardCharsets.UTF_8));
                } else if (n.equals(RULE_FILES)) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(data, StandardCharsets.UTF_8)));
                    p.forEach((k, v) -> ruleFiles.put((String) k, (String) v));
                } else if (n.equals(END)) {
                    if (!new String(data, StandardCharsets.UTF_8).equals(key)) throw new IOException("cache file of another rule set");
                    complete = true;
                }
            }
        }
        if (!complete) throw new IOException("incomplete cache file");
        if (models == null || models.isEmpty()) throw new IOException("no model classes in the cache file");
        for (String m : models) if (!classes.containsKey(m)) throw new IOException("model class missing: " + m);
        return new CompiledRules(classes, models, ruleFiles);
    }

    /**
     * The KieBase: the classes defined in a class loader of their own, the model classes instantiated
     * and the network built from them. Each rule is given back the file it came from (see
     * {@link RuleBase#meta}).
     */
    KieBase kieBase() throws ReflectiveOperationException {
        ClassLoader loader = new BytesClassLoader(RuleBase.class.getClassLoader(), classes);
        List<Model> instances = new ArrayList<>();
        for (String m : models) instances.add((Model) loader.loadClass(m).getConstructor().newInstance());
        KieBase base = KieBaseBuilder.createKieBaseFromModel(instances, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        Map<String, Integer> names = new LinkedHashMap<>();
        ruleFiles.keySet().forEach(k -> names.merge(k.substring(k.indexOf('/') + 1), 1, Integer::sum));
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                String file = ruleFiles.get(r.getPackageName() + "/" + r.getName());
                if (file == null && names.getOrDefault(r.getName(), 0) == 1) {
                    file = ruleFiles.entrySet().stream().filter(e -> e.getKey().endsWith("/" + r.getName()))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                }
                if (file != null && r instanceof RuleImpl impl && impl.getResource() == null) {
                    ByteArrayResource resource = new ByteArrayResource(new byte[0]);
                    resource.setSourcePath(file);
                    impl.setResource(resource);
                }
            }
        }
        return base;
    }

    int classCount() { return classes.size(); }

    /** Defines the compiled classes from their bytes; everything else comes from the application. */
    private static final class BytesClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        BytesClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
            super("nianbao-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] b = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (b != null) return new ByteArrayInputStream(b);
            }
            return super.getResourceAsStream(name);
        }
    }
}
