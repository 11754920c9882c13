package nianbao.extract;

import java.util.List;

/** Text helpers shared by the .docx and .doc readers. */
final class WordText {

    private WordText() {}

    /** Adds a paragraph's text as lines (a manual line break starts a new one), leaving out empty ones. */
    static void addLines(String text, List<String> out) {
        for (String line : text.split("[\\r\\n\\u000B\\u2028\\u2029]+")) {
            String s = line.strip();
            if (!s.isEmpty()) out.add(s);
        }
    }

    /**
     * Joins the paragraphs and lines of a table cell into one text. Between two Chinese characters
     * nothing is put, since a label wrapped by hand ("三、本年度" / "办理结果", or a vertical header
     * one character a line) is one word; elsewhere a space, so numbers do not run together.
     */
    static String joinCell(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            for (String line : part.split("[\\r\\n\\u000B\\u2028\\u2029]+")) {
                String p = line.replaceAll("\\s+", " ").strip();
                if (p.isEmpty()) continue;
                if (!sb.isEmpty() && !(isChinese(sb.charAt(sb.length() - 1)) && isChinese(p.charAt(0)))) sb.append(' ');
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF && !Character.isLetterOrDigit(c));
    }
}
