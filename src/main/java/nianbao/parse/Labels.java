package nianbao.parse;

import java.util.List;

/** Label matching: texts are compared without white space, markdown emphasis or quote marks. */
final class Labels {
    private Labels() {}

    static String norm(String s) {
        return normInto(new StringBuilder(s.length()), s).toString();
    }

    /** {@link #norm} of s, appended to sb. */
    static StringBuilder normInto(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '*' || c == '#' || c == '“' || c == '”' || c == '"' || c == '\u3000') continue;
            if (c == '（') c = '(';
            else if (c == '）') c = ')';
            else if (c == '，') c = ',';
            else if (c == '：') c = ':';
            else if (c == '．') c = '.';
            sb.append(c);
        }
        return sb;
    }

    /** A label wrapped in its cell can be cut before the numbers: this much of a variant still counts. */
    private static final int MIN_CUT_PREFIX = 3;

    /**
     * End position (exclusive) of the last occurrence of any variant in the normalised text, or -1.
     * Text that ends with the start of a variant ("6.属于四类过程性" for 过程性信息) also matches: a
     * wrapped label whose numbers stand beside its first line.
     */
    static int lastEnd(String normText, List<String> variants) {
        return lastEnd(normText, variants, 0);
    }

    /** As {@link #lastEnd(String, List)}, with only the variants at least {@code minLength} long once normalised. */
    static int lastEnd(String normText, List<String> variants, int minLength) {
        int best = -1;
        for (String v : variants) {
            String nv = normVariant(v);
            if (nv.length() < minLength) continue;
            int i = normText.lastIndexOf(nv);
            if (i >= 0) best = Math.max(best, i + nv.length());
            else if (endsWithPrefix(normText, nv)) best = normText.length();
        }
        return best;
    }

    private static boolean endsWithPrefix(String text, String variant) {
        for (int k = variant.length() - 1; k >= MIN_CUT_PREFIX; k--) {
            if (text.length() >= k && text.regionMatches(text.length() - k, variant, 0, k)) return true;
        }
        return false;
    }

    /** Whether the text contains any variant (whole: for headings and headers, not cut labels). */
    static boolean containsAny(String normText, List<String> variants) {
        for (String v : variants) if (normText.contains(normVariant(v))) return true;
        return false;
    }

    /**
     * {@link #norm} of a template string (a variant, keyword or marker), remembered: the template's
     * strings are few and are normalised again for every segment of every report otherwise.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    static String normVariant(String v) {
        String n = NORMALISED.get(v);
        if (n != null) return n;
        n = norm(v);
        if (NORMALISED.size() < MAX_REMEMBERED) NORMALISED.put(v, n);
        return n;
    }
}
