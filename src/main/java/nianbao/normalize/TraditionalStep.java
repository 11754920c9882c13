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
     * The characters OpenCC (opencc4j) counts as traditional and not also simplified, from
     * {@code traditional-only.txt}: listed once from its dictionaries (TraditionalStepTest checks the
     * list against opencc4j), so that deciding whether a report is traditional does not load the
     * dictionaries, which cost ≈ 0.5–1 s at the first report of every run.
     */
    private static final java.util.BitSet TRADITIONAL_ONLY = load("/normalize/traditional-only.txt");

    private static java.util.BitSet load(String resource) {
        try (java.io.InputStream in = TraditionalStep.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            java.util.BitSet set = new java.util.BitSet(Character.MAX_VALUE + 1);
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).chars()
                    .filter(c -> !Character.isWhitespace(c)).forEach(set::set);
            return set;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80) continue; // no Han character below the CJK radicals block
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (TRADITIONAL_ONLY.get(c)) traditional++;
        }
        return han > 0 && traditional >= 5 && (double) traditional / han >= MIN_SHARE;
    }

    /** OpenCC's own verdict on one character (for the test of the list). */
    static boolean traditionalOnly(char c) {
        return ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c);
    }

    static boolean listedTraditionalOnly(char c) {
        return TRADITIONAL_ONLY.get(c);
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
