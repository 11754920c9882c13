package nianbao.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic list numbers ("一、", "（三）", "1."). They are not part of a paragraph's text, but
 * a heading numbered this way must still read "一、总体情况", so the readers count list paragraphs in
 * document order and render the label. Formats use the names of the .docx schema (ST_NumberFormat).
 */
final class ListNumbers {
    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /** How a list defines its levels. */
    interface Levels {
        /** The label pattern of a level, "%1" … "%9" standing for the numbers of levels 0 … 8. */
        String pattern(int level);
        String format(int level);
        int start(int level);
    }

    private final Map<Object, int[]> counters = new HashMap<>();

    /** Counts one paragraph of list {@code listId} at {@code level} and returns its label. */
    String next(Object listId, int level, Levels levels) {
        if (level < 0 || level >= LEVELS) return "";
        int[] c = counters.computeIfAbsent(listId, k -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, -1);
            return fresh;
        });
        c[level] = c[level] < 0 ? levels.start(level) : c[level] + 1;
        for (int l = level + 1; l < LEVELS; l++) c[l] = -1;
        String format = levels.format(level);
        String pattern = levels.pattern(level);
        if (pattern == null || "bullet".equals(format) || "none".equals(format)) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int l = pattern.charAt(++i) - '1';
                sb.append(format(c[l] < 0 ? levels.start(l) : c[l], levels.format(l)));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String format(int n, String format) {
        if (format == null) return Integer.toString(n);
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n).toLowerCase();
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (enough for any list). */
    static String chinese(int n) {
        if (n <= 0 || n >= 1000) return digits(n);
        int h = n / 100, t = n / 10 % 10, u = n % 10;
        StringBuilder sb = new StringBuilder();
        if (h > 0) sb.append(CHINESE_DIGITS.charAt(h)).append('百');
        if (t > 0) {
            if (h > 0 || t > 1) sb.append(CHINESE_DIGITS.charAt(t));
            sb.append('十');
        } else if (h > 0 && u > 0) {
            sb.append('零');
        }
        if (u > 0) sb.append(CHINESE_DIGITS.charAt(u));
        return sb.toString();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char d : Integer.toString(n).toCharArray()) sb.append(d == '-' ? d : CHINESE_DIGITS.charAt(d - '0'));
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char d : s.toCharArray()) sb.append(d >= '0' && d <= '9' ? (char) (d - '0' + '０') : d);
        return sb.toString();
    }

    private static String letters(int n) {
        if (n <= 0) return Integer.toString(n);
        return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) { sb.append(symbols[i]); n -= values[i]; }
        }
        return sb.toString();
    }
}
