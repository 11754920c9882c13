package nianbao.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nianbao.facts.Deadline;
import nianbao.facts.IdentityDef;
import nianbao.facts.Setting;
import nianbao.findings.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * rules/config.yaml: severity overrides, disabled rules, deadlines, thresholds and lists; and
 * rules/identities.yaml: the table identities. Policy staff edit these; errors name file and line.
 */
public record RuleConfig(Map<String, Severity> severities,
                         List<String> disabled, List<Deadline> deadlines, List<Setting> settings,
                         List<Pattern> rulesAuthority, List<IdentityDef> identities) {

    /** The shape of config.yaml. */
    record File(Map<String, String> severity, List<String> disabled, Map<String, String> deadlines,
                Integer deadlinesFromYear, Map<String, Object> settings, List<String> rulesAuthority) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static RuleConfig load(Path dir) throws RuleFileException {
        List<String> problems = new ArrayList<>();
        Path configPath = dir.resolve("config.yaml");
        File f = Files.exists(configPath) ? read(configPath, new TypeReference<File>() {}, problems) : null;
        List<IdentityDef> ids = Files.exists(dir.resolve("identities.yaml"))
                ? read(dir.resolve("identities.yaml"), new TypeReference<List<IdentityDef>>() {}, problems) : null;
        if (f == null) f = new File(null, null, null, null, null, null);
        int fromYear = f.deadlinesFromYear() == null ? 2019 : f.deadlinesFromYear();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (f.severity() != null) {
            f.severity().forEach((rule, sev) -> {
                Severity s = Severity.parse(sev);
                if (s == null) problems.add("config.yaml: severity of " + rule + ": '" + sev + "' is not ERROR, WARNING or INFO");
                else severities.put(rule, s);
            });
        }
        List<Deadline> deadlines = new ArrayList<>();
        if (f.deadlines() != null) {
            f.deadlines().forEach((kind, md) -> {
                try {
                    deadlines.add(new Deadline(kind, MonthDay.parse("--" + md), fromYear));
                } catch (DateTimeParseException e) {
                    problems.add("config.yaml: deadline of " + kind + ": '" + md + "' is not a month-day such as 01-31");
                }
            });
        }
        List<Setting> settings = new ArrayList<>();
        if (f.settings() != null) f.settings().forEach((name, v) -> settings.add(setting(name, v, problems)));
        List<Pattern> authority = new ArrayList<>();
        if (f.rulesAuthority() != null) {
            for (String p : f.rulesAuthority()) {
                try {
                    authority.add(Pattern.compile(p));
                } catch (PatternSyntaxException e) {
                    problems.add("config.yaml: rulesAuthority: bad pattern '" + p + "': " + e.getDescription());
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleFileException(problems);
        return new RuleConfig(severities, f.disabled() == null ? List.of() : List.copyOf(f.disabled()),
                deadlines, settings, authority, ids == null ? List.of() : ids);
    }

    private static Setting setting(String name, Object v, List<String> problems) {
        if (v instanceof Number n) return new Setting(name, n.doubleValue(), null);
        if (v instanceof List<?> l) return new Setting(name, Double.NaN, l.stream().map(String::valueOf).toList());
        problems.add("config.yaml: setting " + name + " must be a number or a list");
        return new Setting(name, Double.NaN, null);
    }

    private static <T> T read(Path p, TypeReference<T> type, List<String> problems) {
        try {
            return YAML.readValue(Files.readAllBytes(p), type);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(p.getFileName() + ":" + (loc == null ? "?" : loc.getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(p.getFileName() + ": cannot read: " + e.getMessage());
        }
        return null;
    }

    public boolean mayMakeRules(String agency) {
        return rulesAuthority.stream().anyMatch(p -> p.matcher(agency).find());
    }

    /** Facts from the config that rules match on: deadlines and settings. */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(deadlines);
        out.addAll(settings);
        return out;
    }
}
