package nianbao.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article of a page without its chrome: scripts, styles, navigation, header, footer,
 * breadcrumbs and share bars are dropped, and the report is the deepest element that holds the
 * most section headings (short elements naming a section) and tables. A preamble that lists all six
 * section names is one long paragraph and so does not count; a wrapper around the article holds
 * no more headings than the article and is not the deepest. When fewer than two headings are found
 * the page's article element, or else the whole body, is kept.
 */
record HtmlContent(Element root, String title) {
    static final List<String> SECTION_KEYWORDS = List.of(
            "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请", "行政复议", "存在的主要问题", "其他需要报告");
    private static final String CHROME_TAGS = "script, style, noscript, template, iframe, nav, header, footer, "
            + "input, select, button, textarea, object, embed, svg, canvas, title, meta, link";
    private static final Pattern CHROME_CLASS = Pattern.compile("(?i).*(crumb|position|location|share|print|toolbar|fontsize).*");
    private static final Pattern CHROME_LINE = Pattern.compile("(您当前的位置|当前位置|您现在的位置|您所在的位置|所在位置"
            + "|首页\\s*[>＞»›→/]|分享到|打印本页|关闭窗口|【\\s*(打印|关闭|字体|收藏)|字号[:：]|扫一扫在手机).*|首页");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[-_|—–]+\\s*");
    private static final int HEADING_MAX = 40;
    // the queries, parsed once (jsoup's evaluators are thread-safe)
    private static final Evaluator CHROME = QueryParser.parse(CHROME_TAGS);
    private static final Evaluator CLASS_OR_ID = QueryParser.parse("[class], [id]");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator MAIN = QueryParser.parse("article, main, [role=main]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator TITLE = QueryParser.parse("title");
    private static final Evaluator OTHER_TITLES = QueryParser.parse("h2, h3, [class*=title]");
    private static final int CHROME_MAX = 200;

    static HtmlContent of(org.jsoup.nodes.Document page) {
        String title = title(page);
        page.select(CHROME).remove();
        for (Element e : page.body().select(CLASS_OR_ID)) {
            String names = e.className() + " " + e.id();
            if (CHROME_CLASS.matcher(names).matches() && isChrome(e.text()) && e.selectFirst(TABLE) == null) {
                e.remove();
            }
        }
        Outline outline = new Outline(page.body());
        Element root = outline.article();
        if (root == null) root = fallback(page.body());
        if (title != null && outline.textOf(root).contains(normalize(title))) title = null;
        return new HtmlContent(root, title);
    }

    private static boolean isChrome(String text) {
        return text.length() < CHROME_MAX && SECTION_KEYWORDS.stream().noneMatch(text::contains);
    }

    static boolean isChromeLine(String line) {
        return line.length() < 80 && CHROME_LINE.matcher(line).matches();
    }

    /** Without section headings to go by: the page's article or main element if it has one, else the body. */
    private static Element fallback(Element body) {
        for (Element e : body.select(MAIN)) if (e.hasText()) return e;
        return body;
    }

    /** The report's title: a heading or page title that names a report, the page title without its site name. */
    private static String title(org.jsoup.nodes.Document page) {
        String h1 = titleIn(page.body().select(H1));
        if (h1 != null) return h1;
        for (Element t : page.select(TITLE)) {
            for (String part : TITLE_SEPARATOR.split(t.text())) {
                String p = TableGrid.clean(part);
                if (p.contains("报告") && p.length() <= 80) return p;
            }
        }
        return titleIn(page.body().select(OTHER_TITLES));
    }

    private static String titleIn(List<Element> candidates) {
        for (Element h : candidates) {
            String t = TableGrid.clean(h.text());
            if (t.contains("报告") && t.length() <= 80) return t;
        }
        return null;
    }

    /** {@code s.replaceAll("[\\s\\u00A0\\u3000]+", "")}, without the regular expression. */
    static String normalize(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (HtmlLines.isSpace(s.charAt(i))) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * One pass over the body: each element's place in document order, the extent of its subtree,
     * and the span of its text (white space removed), from which headings and tables are located.
     */
    private static final class Outline implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final List<Element> elements = new ArrayList<>();
        private final Map<Element, int[]> extent = new IdentityHashMap<>(); // index, last index, text start, text end
        private final List<Integer> tables = new ArrayList<>();

        Outline(Element body) {
            NodeTraversor.traverse(this, body);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) text.append(normalize(t.getWholeText()));
            if (node instanceof Element e) {
                extent.put(e, new int[]{elements.size(), 0, text.length(), 0});
                if (e.nameIs("table")) tables.add(elements.size());
                elements.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] x = extent.get(e);
                x[1] = elements.size() - 1;
                x[3] = text.length();
            }
        }

        String textOf(Element e) {
            int[] x = extent.get(e);
            return text.substring(x[2], x[3]);
        }

        Element article() {
            List<int[]> headings = headings();
            int[] tableIdx = tables.stream().mapToInt(Integer::intValue).toArray();
            Element best = null;
            int bestScore = -1;
            int bestLength = Integer.MAX_VALUE;
            for (Element e : elements) {
                int[] x = extent.get(e);
                int sections = 0;
                for (int[] h : headings) if (countWithin(h, x[0], x[1]) > 0) sections++;
                if (sections < 2) continue;
                int score = sections + Math.min(3, countWithin(tableIdx, x[0], x[1]));
                int length = x[3] - x[2];
                if (score > bestScore || (score == bestScore && length <= bestLength)) {
                    best = e;
                    bestScore = score;
                    bestLength = length;
                }
            }
            return best;
        }

        /** For each section keyword, the indexes of the short elements that contain it. */
        private List<int[]> headings() {
            List<List<Integer>> out = new ArrayList<>();
            for (int k = 0; k < SECTION_KEYWORDS.size(); k++) out.add(new ArrayList<>());
            for (Element e : elements) {
                int[] x = extent.get(e);
                if (x[3] - x[2] > HEADING_MAX) continue;
                String t = text.substring(x[2], x[3]);
                for (int k = 0; k < SECTION_KEYWORDS.size(); k++) if (t.contains(SECTION_KEYWORDS.get(k))) out.get(k).add(x[0]);
            }
            return out.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
        }

        private static int countWithin(int[] sorted, int from, int to) {
            return lowerBound(sorted, to + 1) - lowerBound(sorted, from);
        }

        private static int lowerBound(int[] a, int key) {
            int i = Arrays.binarySearch(a, key);
            if (i < 0) return -i - 1;
            while (i > 0 && a[i - 1] == key) i--;
            return i;
        }
    }
}
