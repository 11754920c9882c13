package nianbao.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expected cells by file name: a JSON of {file: {key: number}} (as shared/corpus/expected-cells.json),
 * or the fixtures' own *.expected.json beside each report ("cells": numbers, "blank", "unknown").
 */
public final class ExpectedCells {
    private ExpectedCells() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Map<String, Map<String, Double>> fromFile(Path file) throws IOException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(file.toFile());
        root.fields().forEachRemaining(e -> out.put(e.getKey(), cells(e.getValue())));
        return out;
    }

    /** Every X.expected.json under the folder, keyed by its report's file name X.ext. */
    public static Map<String, Map<String, Double>> besideReports(Path dir) throws IOException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path exp : s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
                JsonNode cells = JSON.readTree(exp.toFile()).path("cells");
                if (cells.isMissingNode()) continue;
                String base = exp.getFileName().toString().replace(".expected.json", ".");
                try (Stream<Path> siblings = Files.list(exp.getParent())) {
                    siblings.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(base) && !n.endsWith(".expected.json"))
                            .findFirst().ifPresent(n -> out.put(n, cells(cells)));
                }
            }
        }
        return out;
    }

    /** Numbers stay; "blank" and "unknown" mean: must not be read as a number. */
    private static Map<String, Double> cells(JsonNode node) {
        Map<String, Double> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble() : null));
        return m;
    }
}
