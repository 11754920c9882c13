package nianbao.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese reports write them: 2024年1月16日, 二〇二四年一月十六日, 2024-01-16. */
final class Dates {
    private static final String CN_DIGITS = "〇一二三四五六七八九";
    static final String YMD = "(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    private static final Pattern STANDALONE = Pattern.compile("^[\\s(（]*" + YMD + "[\\s)）]*$");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    private Dates() {}

    /** A line that is only a date, as a 落款 date line is. */
    static LocalDate standalone(String line) {
        Matcher m = STANDALONE.matcher(line);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    static LocalDate iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(number(y), number(m), number(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** "2024" or "二〇二四" digit by digit; "十六", "十", "二十一" as numbers. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        if (s.length() == 4) {
            int v = 0;
            for (char c : s.toCharArray()) v = v * 10 + (c == '零' ? 0 : CN_DIGITS.indexOf(c));
            return v;
        }
        int ten = s.indexOf('十');
        if (ten < 0) return CN_DIGITS.indexOf(s.charAt(0));
        int tens = ten == 0 ? 1 : CN_DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : CN_DIGITS.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }
}
