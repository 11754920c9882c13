package nianbao.parse;

import java.util.List;

/** Label matching: texts are compared without white space, markdown emphasis or quote marks. */
final class Labels {
    private Labels() {}

    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
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
        return sb.toString();
    }

    /** End position (exclusive) of the last occurrence of any variant in the normalised text, or -1. */
    static int lastEnd(String normText, List<String> variants) {
        int best = -1;
        for (String v : variants) {
            String nv = norm(v);
            int i = normText.lastIndexOf(nv);
            if (i >= 0) best = Math.max(best, i + nv.length());
        }
        return best;
    }

    static boolean containsAny(String normText, List<String> variants) {
        return lastEnd(normText, variants) >= 0;
    }
}
