package nianbao.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders an element as lines in reading order: one line per block, a line break at br, and each
 * data table as the markdown rows of a {@link TableGrid}. A table that holds other tables, or a
 * cell with a whole article in it, is layout: its cells are read as blocks, so the report's own
 * tables inside it are still read as tables.
 */
final class HtmlLines implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "td", "th", "table", "caption", "section", "article", "main", "aside", "blockquote",
            "pre", "center", "address", "figure", "figcaption", "hr", "body");
    /** Longer than any label or value of the report's tables: such a cell is a page laid out in a table. */
    private static final int LAYOUT_CELL = 300;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Set<Element> holdingTables;
    private int pre;

    private HtmlLines(Set<Element> holdingTables) {
        this.holdingTables = holdingTables;
    }

    static List<String> of(Element root) {
        HtmlLines r = new HtmlLines(tablesHoldingTables(root));
        NodeTraversor.filter(r, root);
        r.flush();
        return r.out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
        } else if (node instanceof Element e) {
            if (e.nameIs("br")) {
                flush();
            } else if (e.nameIs("table") && !holdingTables.contains(e) && (cellTexts = dataCellTexts(e)) != null) {
                flush();
                out.addAll(grid(e, cellTexts));
                cellTexts = null;
                return FilterResult.SKIP_ENTIRELY;
            } else if (BLOCKS.contains(e.normalName())) {
                flush();
            }
            if (e.nameIs("pre")) pre++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flush();
            if (e.nameIs("pre")) pre--;
        }
        return FilterResult.CONTINUE;
    }

    private void text(String s) {
        if (pre == 0) {
            appendCollapsed(line, s);
            return;
        }
        String[] parts = s.split("\r\n|\r|\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) flush();
            appendCollapsed(line, parts[i]);
        }
    }

    private void flush() {
        StringBuilder collapsed = new StringBuilder(line.length());
        appendCollapsed(collapsed, line);
        String s = collapsed.toString().strip();
        if (!s.isEmpty()) out.add(s);
        line.setLength(0);
    }

    /** White space: {@code \\s} ([ \\t\\n\\x0B\\f\\r]), no-break space or ideographic space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u3000';
    }

    /** {@code s.replaceAll("[\\s\\u00A0\\u3000]+", " ")} appended to the builder, without the regular expression. */
    static void appendCollapsed(StringBuilder to, CharSequence s) {
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) to.append(' ');
                inSpace = true;
            } else {
                to.append(c);
                inSpace = false;
            }
        }
    }

    /** Tables with a table inside, found from the inner ones up, so that deep nesting stays linear. */
    private static Set<Element> tablesHoldingTables(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : root.getElementsByTag("table")) {
            for (Element p = table.parent(); p != null; p = p.parent()) {
                if (p.nameIs("table")) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    /** The table's cells (td, th) before it is read, reused by {@link #grid} instead of asking each cell for its text again. */
    private Map<Element, String> cellTexts;

    /**
     * The text of each cell of a data table; null for a table with a layout cell (longer than
     * {@link #LAYOUT_CELL}), which is read as blocks instead.
     */
    private static Map<Element, String> dataCellTexts(Element table) {
        Map<Element, String> texts = new IdentityHashMap<>();
        for (Element cell : table.select(CELLS)) {
            String text = cell.text();
            if (text.length() > LAYOUT_CELL) return null;
            texts.put(cell, text);
        }
        return texts;
    }

    private static final Evaluator CELLS = QueryParser.parse("td, th");
    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator ROWS = QueryParser.parse("tr");

    /** The table's rows as markdown lines, its caption first. */
    static List<String> grid(Element table) {
        return grid(table, Map.of());
    }

    private static List<String> grid(Element table, Map<Element, String> cellTexts) {
        List<String> lines = new ArrayList<>();
        Element caption = table.selectFirst(CAPTION);
        if (caption != null && !caption.text().isBlank()) lines.add(TableGrid.clean(caption.text()));
        TableGrid g = new TableGrid();
        List<Element> rows = table.select(ROWS);
        for (int i = 0; i < rows.size(); i++) {
            g.newRow();
            for (Element cell : rows.get(i).children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
                String known = cellTexts.get(cell);
                String text = known != null ? known : cell.text();
                int rowspan = span(cell.attr("rowspan"), rows.size() - i);
                g.add(text, rowspan, span(cell.attr("colspan"), 1000));
            }
        }
        lines.addAll(g.lines());
        return lines;
    }

    /** A span attribute: 1 when absent or not a number, 0 ("to the end") and larger values capped at max. */
    static int span(String attr, int max) {
        String digits = attr.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) return 1;
        int n = Integer.parseInt(digits);
        return n == 0 ? max : Math.max(1, Math.min(n, max));
    }

}
