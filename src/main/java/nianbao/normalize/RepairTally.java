package nianbao.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts repairs by kind while a document is normalised. */
final class RepairTally {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> examples = new LinkedHashMap<>();
    private final Map<String, Integer> firstLines = new LinkedHashMap<>();

    void add(String kind, int n, String example, int line) {
        if (n <= 0) return;
        counts.computeIfAbsent(kind, k -> new int[1])[0] += n;
        examples.putIfAbsent(kind, example);
        firstLines.putIfAbsent(kind, line);
    }

    List<Repair> repairs() {
        List<Repair> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new Repair(k, c[0], examples.get(k), firstLines.get(k))));
        return out;
    }
}
