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

    static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c)) traditional++;
        }
        return han > 0 && traditional >= 5 && (double) traditional / han >= MIN_SHARE;
    }

    static String toSimplified(String line) {
        return ZhConverterUtil.toSimple(line);
    }
}
