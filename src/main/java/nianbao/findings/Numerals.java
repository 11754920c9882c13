package nianbao.findings;

import java.math.BigDecimal;

/** Number formatting shared by messages and exporters. */
public final class Numerals {
    private static final String[] CHINESE = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Numerals() {}

    /** 1 → 一 … 10 → 十; other numbers as digits. */
    public static String chinese(int n) {
        return n >= 0 && n < CHINESE.length ? CHINESE[n] : Integer.toString(n);
    }

    /** A cell value as written in a message: 7, 0.5, 5949.088667 (no exponent, no trailing zeros). */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
