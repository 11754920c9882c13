package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the HTML that a JavaScript file carries in a string literal ({@code let content = "<p>…"}),
 * and unescapes it. A small lexer skips comments and reads '…', "…" and `…` literals; literals
 * joined by "+" count as one. Only a literal that holds both an opening and a closing block tag and
 * stands where a value is expected (after =, :, (, comma, + or return) counts, so prose that
 * happens to quote a tag stays text.
 */
final class JsHtmlLiteral {
    private static final Pattern OPEN = Pattern.compile("<(p|div|table|span|h[1-6]|tr|td)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</(p|div|table|span|h[1-6]|tr|td)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/]");
    private static final Pattern JOIN = Pattern.compile("\\s*\\+\\s*");

    private record Literal(int start, int end, String raw) {}

    private JsHtmlLiteral() {}

    /** The unescaped HTML of the literal with the most tags, or null when there is none. */
    static String find(String js) {
        String best = null;
        int bestTags = 0;
        for (String value : joined(js, literals(js))) {
            if (!OPEN.matcher(value).find() || !CLOSE.matcher(value).find()) continue;
            int tags = (int) TAG.matcher(value).results().count();
            if (tags > bestTags) { best = value; bestTags = tags; }
        }
        return best;
    }

    private static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && (c == '`' || s.charAt(j) != '\n')) j += s.charAt(j) == '\\' ? 2 : 1;
                if (j < n && s.charAt(j) == c) {
                    if (valuePosition(s, i)) out.add(new Literal(i, j + 1, s.substring(i + 1, j)));
                    i = j + 1;
                } else {
                    i = j; // unterminated on this line: not a literal
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** The literals' unescaped values, with "a" + "b" joined into one. */
    private static List<String> joined(String s, List<Literal> literals) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        Literal prev = null;
        for (Literal l : literals) {
            boolean continues = prev != null && JOIN.matcher(s.substring(prev.end(), l.start())).matches();
            if (!continues) {
                if (cur != null) out.add(cur.toString());
                cur = new StringBuilder();
            }
            cur.append(unescape(l.raw()));
            prev = l;
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    private static boolean valuePosition(String s, int quote) {
        int k = quote - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
        if (k < 0) return false;
        char p = s.charAt(k);
        return "=:(,+[".indexOf(p) >= 0 || s.startsWith("return", k - 5);
    }

    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) return raw;
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= n) { sb.append(c); continue; }
            char e = raw.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000B');
                case '0' -> sb.append('\0');
                case '\r', '\n', '\u2028', '\u2029' -> {
                    if (e == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++; // a line continuation
                }
                case 'x' -> i = hex(raw, i + 1, 2, sb, i);
                case 'u' -> {
                    if (i + 1 < n && raw.charAt(i + 1) == '{') {
                        int close = raw.indexOf('}', i);
                        i = close < 0 ? i : codePoint(raw, i + 2, close, sb, i);
                    } else {
                        i = hex(raw, i + 1, 4, sb, i);
                    }
                }
                default -> sb.append(e); // \" \' \\ \/ and any other escaped character stand for themselves
            }
        }
        return sb.toString();
    }

    /** Appends the char of {@code len} hex digits at {@code from}; returns the index of the last one read. */
    private static int hex(String raw, int from, int len, StringBuilder sb, int at) {
        if (from + len > raw.length()) { sb.append(raw.charAt(at)); return at; }
        try {
            sb.append((char) Integer.parseInt(raw.substring(from, from + len), 16));
            return from + len - 1;
        } catch (NumberFormatException notHex) {
            sb.append(raw.charAt(at));
            return at;
        }
    }

    private static int codePoint(String raw, int from, int close, StringBuilder sb, int at) {
        try {
            sb.appendCodePoint(Integer.parseInt(raw.substring(from, close), 16));
            return close;
        } catch (IllegalArgumentException notACodePoint) {
            sb.append(raw.charAt(at));
            return at;
        }
    }
}
