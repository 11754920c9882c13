package nianbao.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional → simplified script with OpenCC's dictionaries (opencc4j). Applied to a document only
 * when it is really written in traditional script, so that a simplified report with a rare
 * character that OpenCC would map is left alone.
 */
final class TraditionalStep {

    /** Share of Chinese characters that must be traditional-only for the document to count as traditional. */
    private static final double MIN_SHARE = 0.02;

    /**
     * Per BMP character, OpenCC's verdict once asked: 0 not yet known, 1 traditional-only, 2 not.
     * The dictionaries are fixed, so each character is asked once per run instead of once per
     * occurrence (opencc4j's lookup dominated the normalisation of every report). Races are benign:
     * two threads can only write the same value.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80) continue; // no Han character below the CJK radicals block
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (traditionalOnly(c)) traditional++;
        }
        return han > 0 && traditional >= 5 && (double) traditional / han >= MIN_SHARE;
    }

    private static boolean traditionalOnly(char c) {
        byte k = KIND[c];
        if (k == 0) {
            k = ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c) ? (byte) 1 : (byte) 2;
            KIND[c] = k;
        }
        return k == 1;
    }

    /**
     * Whether OpenCC could change the line at all: every key of its traditional → simplified
     * dictionaries (TSCharacters, TSPhrases) is made of Han characters, so a line without one (a
     * table row of numbers, a blank line) comes out as it went in, and is not segmented.
     */
    static boolean mayConvert(String line) {
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    static String toSimplified(String line) {
        return ZhConverterUtil.toSimple(line);
    }
}
