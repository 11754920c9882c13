package nianbao.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Distinct synthetic reports for the benchmark: one clean report (tab-separated text) made into N
 * reports of N agencies, each with sentences of its own in sections 一 and 五 (so that no two are
 * copies of each other), written as text, HTML, DOCX or PDF. Deterministic: report i is always the
 * same. Kept under {@code target/bench-corpus/FORMAT-N/} and reused.
 */
public final class BenchCorpus {
    private static final String BASE_AGENCY = "青山市林业局";
    private static final String PLACES = "青白云金石清明东西南北长安平和宁远兴华新丰永泰高阳龙凤山河湖江海桥林溪柳松梅兰竹";
    private static final String[] BODIES = {"林业局", "水利局", "教育局", "民政局", "财政局", "交通运输局", "农业农村局",
            "卫生健康委员会", "生态环境局", "住房和城乡建设局", "商务局", "文化和旅游局", "应急管理局", "审计局", "统计局",
            "市场监督管理局", "医疗保障局", "司法局", "人力资源和社会保障局", "自然资源和规划局"};
    private static final String[] SUBJECTS = {"我局", "办公室", "政务公开工作领导小组", "各业务科室", "信息公开专班", "法规科"};
    private static final String[] ACTIONS = {"组织开展了", "专题研究了", "全面梳理了", "持续推进了", "认真落实了", "督促完成了",
            "集中整治了", "重点加强了"};
    private static final String[] RESULTS = {"形成问题清单并逐项整改", "整改情况在内部通报", "由分管领导督办", "纳入年度考核",
            "建立长效机制", "群众反映良好", "相关做法被上级转发", "问题已全部销号"};
    private static final String[] OBJECTS = {"重点领域信息公开", "政策解读材料审核", "依申请公开答复规范", "公开目录动态调整",
            "网站栏目内容巡查", "保密审查台账", "基层政务公开标准化", "政务新媒体管理", "公开意见征集反馈", "办事指南要素核对",
            "历史文件清理", "数据开放目录编制"};

    private final Path home;

    public BenchCorpus(Path home) {
        this.home = home;
    }

    /** The folder of {@code n} distinct reports in {@code format} (txt, html, docx, pdf), made when missing. */
    public Path folder(String format, int n) throws IOException {
        Path dir = home.resolve("target/bench-corpus/" + format + "-" + n);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) return dir;
        Files.createDirectories(dir);
        String base = Files.readString(home.resolve("fixtures/samples/tab-qingshan-forestry.txt"), StandardCharsets.UTF_8);
        PdfWriter pdf = format.equals("pdf") ? new PdfWriter() : null;
        for (int i = 0; i < n; i++) {
            String text = report(base, i);
            Path file = dir.resolve(String.format("report-%05d.%s", i, format));
            switch (format) {
                case "txt" -> Files.writeString(file, text, StandardCharsets.UTF_8);
                case "html" -> Files.writeString(file, html(text), StandardCharsets.UTF_8);
                case "docx" -> docx(text, file);
                case "pdf" -> pdf.write(text, file);
                default -> throw new IllegalArgumentException("format " + format);
            }
        }
        Files.writeString(done, "");
        return dir;
    }

    /** Report i: the base report of agency i, with sentences of its own in sections 一 and 五. */
    static String report(String base, int i) {
        Random random = new Random(i);
        String agency = PLACES.charAt(i % PLACES.length()) + "" + PLACES.charAt(i / PLACES.length() % PLACES.length())
                + (i / (PLACES.length() * PLACES.length()) % 2 == 0 ? "县" : "区") + BODIES[i % BODIES.length];
        String text = base.replace(BASE_AGENCY, agency);
        text = text.replace("\n二、主动公开政府信息情况", own(random) + "\n\n二、主动公开政府信息情况");
        return text.replace("\n六、其他需要报告的事项", own(random) + "\n\n六、其他需要报告的事项");
    }

    private static String own(Random random) {
        StringBuilder sb = new StringBuilder("\n");
        for (int k = 0; k < 6; k++) {
            // a place of its own in every sentence: numbers do not count in the comparison of texts
            String place = "" + PLACES.charAt(random.nextInt(PLACES.length())) + PLACES.charAt(random.nextInt(PLACES.length()));
            sb.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("在").append(place).append("片区")
                    .append(ACTIONS[random.nextInt(ACTIONS.length)])
                    .append(OBJECTS[random.nextInt(OBJECTS.length)]).append("工作").append(random.nextInt(5, 60))
                    .append("次，").append(RESULTS[random.nextInt(RESULTS.length)]).append("。");
        }
        return sb.toString();
    }

    /** Blocks of lines: tab-separated lines are table rows, the others paragraphs. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            boolean row = line.contains("\t");
            if (current == null || row != inTable || !row) {
                current = new ArrayList<>();
                out.add(current);
                inTable = row;
            }
            current.add(line);
        }
        return out;
    }

    static String html(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>\n");
        for (List<String> block : blocks(text)) {
            if (block.get(0).contains("\t")) {
                sb.append("<table border=\"1\">\n");
                for (String line : block) {
                    sb.append("<tr>");
                    for (String cell : line.split("\t", -1)) sb.append("<td>").append(escape(cell)).append("</td>");
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            } else if (!block.get(0).isBlank()) {
                sb.append("<p>").append(escape(block.get(0))).append("</p>\n");
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void docx(String text, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (List<String> block : blocks(text)) {
                if (block.get(0).contains("\t")) {
                    int columns = block.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
                    XWPFTable table = doc.createTable(block.size(), columns);
                    for (int r = 0; r < block.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        String[] cells = block.get(r).split("\t", -1);
                        for (int c = 0; c < cells.length; c++) row.getCell(c).setText(cells[c]);
                    }
                } else if (!block.get(0).isBlank()) {
                    doc.createParagraph().createRun().setText(block.get(0));
                }
            }
            doc.write(out);
        }
    }

    /** PDFs drawn line by line with an embedded CJK font: labels on the left, numbers in columns. */
    static final class PdfWriter {
        private static final PDFont LATIN = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        private static final float SIZE = 8, LEADING = 13, LEFT = 40, NUMBERS = 300, COLUMN = 38;
        /** A TrueType (glyf) CJK font: PDFBox cannot embed the CFF-based Noto CJK. */
        static final Path FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
        private final TrueTypeFont font;

        PdfWriter() throws IOException {
            if (!Files.exists(FONT)) {
                throw new IOException("生成 PDF 需要中文字体 " + FONT + "（Debian 包 fonts-droid-fallback，scripts/setup.sh 会安装）");
            }
            font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(FONT.toFile()));
        }

        void write(String text, Path file) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDFont f = PDType0Font.load(doc, font, true);
                Page page = new Page(doc, f, font);
                for (String line : text.split("\n")) {
                    if (line.isBlank()) { page.skip(); continue; }
                    if (line.contains("\t")) {
                        String[] cells = line.split("\t", -1);
                        StringBuilder label = new StringBuilder();
                        List<String> numbers = new ArrayList<>();
                        for (String c : cells) {
                            if (c.strip().matches("[0-9.]+")) numbers.add(c.strip());
                            else if (!c.isBlank()) label.append(label.isEmpty() ? "" : " ").append(c.strip());
                        }
                        page.row(label.toString(), numbers);
                    } else {
                        for (int at = 0; at < line.length(); at += 60) page.row(line.substring(at, Math.min(line.length(), at + 60)), List.of());
                    }
                }
                page.close();
                doc.save(file.toFile());
            }
        }

        private static final class Page {
            private final PDDocument doc;
            private final PDFont font;
            private final TrueTypeFont cjk;
            private PDPageContentStream cs;
            private float y;

            Page(PDDocument doc, PDFont font, TrueTypeFont cjk) throws IOException {
                this.doc = doc;
                this.font = font;
                this.cjk = cjk;
                next();
            }

            private void next() throws IOException {
                if (cs != null) cs.close();
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                cs = new PDPageContentStream(doc, p);
                y = PDRectangle.A4.getHeight() - 50;
            }

            void skip() throws IOException {
                y -= LEADING / 2;
                if (y < 50) next();
            }

            void row(String label, List<String> numbers) throws IOException {
                if (y < 50) next();
                // a long label is set smaller so that it ends before the first number
                float width = width(label) / 1000 * SIZE;
                float size = numbers.isEmpty() || width <= NUMBERS - LEFT - 6 ? SIZE : SIZE * (NUMBERS - LEFT - 6) / width;
                show(LEFT, label, size);
                for (int k = 0; k < numbers.size(); k++) show(NUMBERS + k * COLUMN, numbers.get(k), SIZE);
                y -= LEADING;
            }

            /** Latin runs in Helvetica (the CJK font has no Latin digits), the rest in the CJK font. */
            private void show(float x, String s, float size) throws IOException {
                int from = 0;
                while (from < s.length()) {
                    PDFont f = pick(s.charAt(from));
                    int to = from;
                    while (to < s.length() && pick(s.charAt(to)) == f) to++;
                    String run = s.substring(from, to);
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(x, y);
                    cs.showText(run);
                    cs.endText();
                    x += f.getStringWidth(run) / 1000 * size;
                    from = to;
                }
            }

            /** The CJK font where it has the glyph, else Helvetica (Latin digits, curly quotes). */
            private PDFont pick(char c) throws IOException {
                return c >= 128 && cjk.getUnicodeCmapLookup().getGlyphId(c) != 0 ? font : LATIN;
            }

            private float width(String s) throws IOException {
                float w = 0;
                for (int k = 0; k < s.length(); k++) {
                    String c = s.substring(k, k + 1);
                    w += pick(s.charAt(k)).getStringWidth(c);
                }
                return w;
            }

            void close() throws IOException {
                cs.close();
            }
        }
    }
}
