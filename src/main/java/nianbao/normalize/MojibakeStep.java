package nianbao.normalize;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Replaces the known mojibake sequences of normalize/mojibake.yaml. */
final class MojibakeStep implements TextStep {

    record Entry(String from, String to, String onlyBefore) {}

    private final List<Entry> entries;

    MojibakeStep() {
        try (InputStream in = getClass().getResourceAsStream("/normalize/mojibake.yaml")) {
            entries = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Entry>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String apply(String line, int lineNumber, RepairTally tally) {
        String out = line;
        for (Entry e : entries) {
            String pattern = e.onlyBefore() == null ? e.from() : e.from() + e.onlyBefore();
            String replacement = e.onlyBefore() == null ? e.to() : e.to() + e.onlyBefore();
            int n = count(out, pattern);
            if (n > 0) {
                tally.add("乱码", n, e.from() + "→" + e.to(), lineNumber);
                out = out.replace(pattern, replacement);
            }
        }
        return out;
    }

    private static int count(String s, String p) {
        int n = 0;
        for (int i = s.indexOf(p); i >= 0; i = s.indexOf(p, i + p.length())) n++;
        return n;
    }
}
