package nianbao.parse;

import nianbao.extract.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits table lines into tokens, whatever the rendering: tab-separated PDF text, one cell per line
 * with " |", markdown pipes, or cells separated by spaces. Page-number lines ("- 4 -", "第 5 页")
 * are dropped; an empty markdown cell is kept as EMPTY, so a row can use it as a blank when it
 * needs it to fill its columns.
 */
final class Tokenizer {
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** A number with its unit in the cell: "251000元", "3件". */
    static final Pattern UNIT = Pattern.compile("(元|万元|件|个|条|项|次|人)$");
    private static final Pattern BLANK = Pattern.compile("—+|-|–|―|/|无|空");
    private static final Pattern GARBAGE = Pattern.compile("[0-9A-Za-z.,?？*×]{1,8}");
    private static final Pattern HAS_DIGIT_OR_MARK = Pattern.compile(".*[0-9?？*×].*");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.、]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*([-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})\\s*");
    /** "22(其中修订 16 件)": a note in brackets after a number is not a cell of its own. */
    private static final Pattern NOTE_AFTER_NUMBER = Pattern.compile("(\\d)\\s*\\((?![一二三四五六七八九十]+\\))[^()]*\\p{IsHan}[^()]*\\)");

    private Tokenizer() {}

    /** In "00000002.其他…" the last digit is the next label's number. */
    private static final Pattern LIST_DIGIT = Pattern.compile("(\\d)(?=[.、]\\D)");

    static List<Token> tokenize(List<Document.Line> lines) {
        return tokenize(lines, false);
    }

    /** @param flattened the text lost its cell separators: split digits from the labels they are glued to */
    static List<Token> tokenize(List<Document.Line> lines, boolean flattened) {
        List<Token> out = new ArrayList<>();
        for (Document.Line l : lines) {
            if (!flattened) {
                tokenizeLine(l, out);
                continue;
            }
            // the digit before "2.其他…" is the label's number, not a cell: move it to the label
            String noted = NOTE_AFTER_NUMBER.matcher(l.text()).replaceAll("$1");
            String separated = LIST_DIGIT.matcher(noted).replaceAll(" $1");
            separated = separated.replaceAll("(?<=\\d)(?=[^\\d.,\\s])|(?<=[^\\d.,\\s])(?=\\d)", " ");
            tokenizeLine(l.withText(separated), out);
        }
        return out;
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    private static void tokenizeLine(Document.Line l, List<Token> out) {
        String text = l.text();
        if (text.isBlank() || isPageNumber(text)) return;
        if (text.indexOf('(') >= 0) text = NOTE_AFTER_NUMBER.matcher(text).replaceAll("$1");
        if (isMarkdownRow(text)) {
            String inner = text.strip();
            inner = inner.substring(1, inner.length() - 1);
            for (String cell : inner.split("\\|", -1)) {
                if (cell.isBlank()) out.add(new Token("", Token.Kind.EMPTY, l.pageLine(), l.page()));
                else addPieces(cell, l, out);
            }
            out.set(out.size() - 1, out.get(out.size() - 1).endingRow());
            return;
        }
        addPieces(text, l, out);
    }

    /**
     * The pieces between separators, as splitting at {@code [\t|]+|\s+} less its empty pieces would give
     * them: maximal runs of characters other than tab, "|" and white space ({@code \s}).
     */
    private static void addPieces(String text, Document.Line l, List<Token> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) i++;
            String piece = text.substring(start, i);
            if (isSkipped(piece)) continue;
            out.add(new Token(piece, classify(piece), l.pageLine(), l.page()));
        }
    }

    /** The separators: tab, "|" and {@code \s} ([ \t\n\x0B\f\r]). */
    private static boolean isSeparator(char c) {
        return c == '|' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the piece matches {@code :?-{3,}:?|[#*:：、,，.。;；]+}, without a regular expression: ":---:" rules and runs of punctuation. */
    static boolean isSkipped(String piece) {
        int n = piece.length();
        if (n == 0) return false;
        boolean punctuation = true;
        for (int i = 0; i < n && punctuation; i++) punctuation = "#*:：、,，.。;；".indexOf(piece.charAt(i)) >= 0;
        if (punctuation) return true;
        int from = piece.charAt(0) == ':' ? 1 : 0;
        int to = n > from && piece.charAt(n - 1) == ':' ? n - 1 : n;
        if (to - from < 3) return false;
        for (int i = from; i < to; i++) if (piece.charAt(i) != '-') return false;
        return true;
    }

    /** A markdown table row with real content: "| a | 1 | |", not a layout line "|||". */
    private static boolean isMarkdownRow(String text) {
        String s = text.strip();
        if (s.length() < 3 || s.charAt(0) != '|' || s.charAt(s.length() - 1) != '|') return false;
        int filled = 0;
        for (String cell : s.substring(1, s.length() - 1).split("\\|", -1)) {
            if (!cell.isBlank() && !isSkipped(cell.strip())) filled++;
        }
        return filled >= 2;
    }

    static Token.Kind classify(String piece) {
        // NUMBER and LIST_NUMBER need an ASCII digit; a run of digits alone is a NUMBER
        boolean digit = false, digitsOnly = !piece.isEmpty();
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else digitsOnly = false;
        }
        if (digitsOnly) return Token.Kind.NUMBER;
        if (digit) {
            if (NUMBER.matcher(piece).matches()) return Token.Kind.NUMBER;
            if (NUMBER.matcher(UNIT.matcher(piece).replaceFirst("")).matches()) return Token.Kind.NUMBER;
        }
        if (BLANK.matcher(piece).matches()) return Token.Kind.BLANK;
        if (digit && LIST_NUMBER.matcher(piece).matches()) return Token.Kind.TEXT;
        if (GARBAGE.matcher(piece).matches() && HAS_DIGIT_OR_MARK.matcher(piece).matches()) return Token.Kind.GARBAGE;
        return Token.Kind.TEXT;
    }
}
