package nianbao.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report template as data (src/main/resources/template/*.yaml): section headings, tables with
 * canonical keys, labels and their variants, format markers and the kinds of body. A new State
 * Council template is a new YAML file, not new code.
 */
public record Template(String version, List<SectionDef> sections, List<TableDef> tables,
                       List<FormatDef> formats, List<AgencyKindDef> agencyKinds) {

    public record SectionDef(int number, String heading, List<String> keywords) {}

    public record RowDef(String key, String label, @JsonProperty("short") String shortLabel, List<String> variants,
                         List<String> columns, boolean decimal) {
        /** The label for messages: the short form where the template gives one. */
        public String messageLabel() { return shortLabel != null ? shortLabel : label; }
    }

    public record GroupDef(String key, String label, List<String> variants) {}

    /** A sum the table promises in every column: the total rows equal the parts rows. */
    public record ColumnSum(List<String> total, List<String> parts) {}

    public record TableDef(String name, String title, int section, LinkedHashMap<String, String> columns,
                           List<String> allColumns, List<RowDef> rows, List<GroupDef> groups,
                           List<ColumnSum> columnSums) {
        /** Columns of a row: its own list when it has one, else the table's. */
        public List<String> columnsOf(RowDef row) {
            return row.columns() != null ? row.columns() : allColumns;
        }

        public String columnLabel(String column) {
            return columns.getOrDefault(column, column);
        }

        /** This table's canonical cells, in template order (made once per definition: it is immutable). */
        public List<CellDef> cells() {
            List<CellDef> cached = CellCache.cells.get(this);
            if (cached != null) return cached;
            List<CellDef> out = List.copyOf(makeCells());
            synchronized (CellCache.class) {
                java.util.IdentityHashMap<TableDef, List<CellDef>> next = new java.util.IdentityHashMap<>(CellCache.cells);
                next.put(this, out);
                CellCache.cells = next;
            }
            return out;
        }

        private List<CellDef> makeCells() {
            List<CellDef> out = new ArrayList<>();
            if (groups != null) {
                for (GroupDef g : groups)
                    for (String c : allColumns)
                        out.add(new CellDef(name + "." + g.key() + "." + c, name, g.key(), g.label(), c, columnLabel(c), false));
            } else {
                for (RowDef r : rows)
                    for (String c : columnsOf(r))
                        out.add(new CellDef(name + "." + r.key() + "." + c, name, r.key(), r.messageLabel(), c,
                                columnLabel(c), r.decimal()));
            }
            return out;
        }
    }

    /** The cells of each table definition, by identity (a record's hash code walks all its rows). Copied on write. */
    private static final class CellCache {
        static volatile java.util.IdentityHashMap<TableDef, List<CellDef>> cells = new java.util.IdentityHashMap<>();
    }

    public record FormatDef(String name, List<String> markers) {}

    public record AgencyKindDef(String kind, String pattern) {}

    /** One canonical cell with its labels, in template order. */
    public record CellDef(String key, String table, String row, String rowLabel, String column,
                          String columnLabel, boolean decimal) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static Template load(String resource) {
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("template resource missing: " + resource);
            return YAML.readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource + ": " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final Template T2021 = load("/template/template-2021.yaml");
        static final Template T2019 = load("/template/template-2019.yaml").over(T2021);
        static final java.util.concurrent.ConcurrentHashMap<String, List<TableDef>> VARIANTS = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** The current template (2021). */
    public static Template standard() { return Holder.T2021; }

    /** The template a report of this format is read with: "2019" has its own tables, all others the 2021 one. */
    public static Template forFormat(String format) {
        return "2019".equals(format) ? Holder.T2019 : Holder.T2021;
    }

    /** This template with what it leaves out (sections, markers, kinds, tables it does not redefine) taken from base. */
    Template over(Template base) {
        List<TableDef> merged = new ArrayList<>(tables);
        for (TableDef t : base.tables) {
            boolean redefined = tables.stream().anyMatch(o -> o.section() == t.section());
            if (!redefined) merged.add(t);
        }
        merged.sort(java.util.Comparator.comparingInt(TableDef::section));
        return new Template(version,
                sections != null ? sections : base.sections, merged,
                formats != null ? formats : base.formats,
                agencyKinds != null ? agencyKinds : base.agencyKinds);
    }

    public TableDef table(String name) {
        for (TableDef t : tables) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("no table " + name);
    }

    public SectionDef section(int number) {
        for (SectionDef s : sections) if (s.number() == number) return s;
        throw new IllegalArgumentException("no section " + number);
    }

    /** Every canonical cell of the template, in template order (200 for the 2021 template). */
    public List<CellDef> cells() {
        List<CellDef> out = new ArrayList<>();
        for (TableDef t : tables) out.addAll(t.cells());
        return out;
    }

    /** The definitions of a table in every known template (the 2021 one first). */
    public static List<TableDef> variantsOf(String tableName) {
        return Holder.VARIANTS.computeIfAbsent(tableName, Template::findVariants);
    }

    private static List<TableDef> findVariants(String tableName) {
        List<TableDef> out = new ArrayList<>();
        for (Template t : List.of(Holder.T2021, Holder.T2019)) {
            for (TableDef d : t.tables) if (d.name().equals(tableName) && !out.contains(d)) out.add(d);
        }
        return List.copyOf(out);
    }

    /** Cells by key, in template order. */
    public Map<String, CellDef> cellsByKey() {
        Map<String, CellDef> m = new LinkedHashMap<>();
        for (CellDef c : cells()) m.put(c.key(), c);
        return m;
    }
}
