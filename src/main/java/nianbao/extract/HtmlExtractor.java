package nianbao.extract;

import org.jsoup.Jsoup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages, and JavaScript files that carry the page's HTML in a string literal: decoded by BOM,
 * declared charset or content, reduced to the article ({@link HtmlContent}), and rendered as lines
 * with each table as markdown rows ({@link HtmlLines}).
 */
public final class HtmlExtractor implements Extractor {
    private static final int HEAD = 8192;
    /** A tag that only markup has; "<br>" is left out, as markdown tables use it inside cells. */
    private static final Pattern MARKUP = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|table|div|p|h[1-6]|article)(\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("<(!doctype\\s+html|html|body)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("</(html|body|table|tr|td|div|p|span|h[1-6])>", Pattern.CASE_INSENSITIVE);
    /** Tags a text needs, when it does not start as markup, to be read as a page rather than text that mentions one. */
    private static final int FRAGMENT_TAGS = 4;
    private static final Pattern DECLARED = Pattern.compile(
            "(?:<meta[^>]*?charset|<\\?xml[^>]*?encoding)\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** The text and HTML that {@link #accepts} found for these bytes, so that {@link #extract} does not decode them again. */
    private record Accepted(byte[] bytes, String text, String html) {}

    private final ThreadLocal<Accepted> accepted = new ThreadLocal<>();

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        accepted.remove();
        if (!contains(bytes, (byte) '<')) return false;
        try {
            String text = decode(bytes).text();
            String html = html(text);
            if (html != null) accepted.set(new Accepted(bytes, text, html));
            return html != null;
        } catch (InputProblem notText) {
            return false;
        }
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        Accepted a = accepted.get();
        accepted.remove(); // the text is not kept beyond this file
        String text = a != null && a.bytes() == bytes ? a.text() : decode(bytes).text();
        String html = a != null && a.bytes() == bytes ? a.html() : html(text);
        List<String> lines = html == null ? List.of() : lines(html);
        if (lines.isEmpty()) {
            // a page whose body is filled in by a script that carries the report in a string
            String literal = JsHtmlLiteral.find(text);
            if (literal != null && !literal.equals(html)) lines = lines(literal);
        }
        if (lines.isEmpty()) {
            throw InputProblem.unreadable("网页中没有可读的文字（可能是空白页，或正文由脚本、图片加载）。请提供含报告正文的网页、文本或 PDF 文件。");
        }
        List<Document.Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) out.add(new Document.Line(lines.get(i), null, i + 1));
        return new Document("html", out);
    }

    /** The article's lines, its title first when the article does not contain it; none when the article is empty. */
    private static List<String> lines(String html) {
        HtmlContent content = HtmlContent.of(Jsoup.parse(html));
        List<String> lines = new ArrayList<>(HtmlLines.of(content.root()));
        lines.removeIf(HtmlContent::isChromeLine);
        if (!lines.isEmpty() && content.title() != null) lines.add(0, content.title());
        return lines;
    }

    /**
     * The HTML to read: the text itself when it is markup, else the HTML string literal of a
     * script, else null. A page starts with "<" or names itself (doctype, html, body); a script
     * does neither and is searched for its literal before its own bits of markup count. Text that
     * merely mentions a tag or two stays text.
     */
    static String html(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        if (head.stripLeading().startsWith("<") && MARKUP.matcher(head).find()) return text;
        String literal = JsHtmlLiteral.find(text);
        if (literal != null) return literal;
        if (PAGE.matcher(head).find()) return text;
        long tags = MARKUP.matcher(head).results().count() + CLOSING.matcher(head).results().count();
        return tags >= FRAGMENT_TAGS ? text : null;
    }

    /** A BOM wins; then a declared charset that decodes the bytes strictly; then detection. */
    static TextDecoder.Decoded decode(byte[] bytes) throws InputProblem {
        Charset declared = hasBom(bytes) ? null : declaredCharset(bytes);
        if (declared != null) {
            try {
                String s = declared.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return new TextDecoder.Decoded(s, declared.name() + " (declared)");
            } catch (CharacterCodingException wrongDeclaration) {
                // the page says one thing and is another: read it by its content
            }
        }
        return TextDecoder.decode(bytes);
    }

    /**
     * The charset named by a meta tag (or an XML declaration), with GBK and GB2312 read as GB18030 (their superset). Latin
     * and UTF-16 declarations are ignored: on Chinese pages they are wrong, and detection does better.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.matches("gbk|x-gbk|gb2312|gb_2312-80|gb18030|cp936|euc-cn|hz-gb-2312")) return Charset.forName("GB18030");
        if (name.matches("iso-8859-1|latin1|us-ascii|ascii|windows-125\\d|utf-16.*|unicode")) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : 0, b1 = b.length > 1 ? b[1] & 0xFF : 0, b2 = b.length > 2 ? b[2] & 0xFF : 0;
        return (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) || (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) if (x == b) return true;
        return false;
    }
}
