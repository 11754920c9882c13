package nianbao.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR look-alikes in numbers: 〇 or O for 0, l or I for 1 — only in a piece that stands alone
 * between cell separators and is otherwise digits ("1O5", "〇"), so words ("二〇二四年", "OA") are
 * never touched. Each repair is counted for TEXT-RENDERING.
 */
final class LookalikeStep implements TextStep {
    private static final Pattern PIECE = Pattern.compile(
            "(?<=^|[\\t|\\s])(〇|[0-9〇OoIl]*[0-9][0-9〇OoIl]*)(?=$|[\\t|\\s])");
    private static final Pattern LOOKALIKE = Pattern.compile("[〇OoIl]");

    @Override
    public String apply(String line, int lineNumber, RepairTally tally) {
        if (!hasLookalike(line)) return line; // nothing a piece could need repaired
        Matcher m = PIECE.matcher(line);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String piece = m.group(1);
            if (!LOOKALIKE.matcher(piece).find()) continue;
            if (sb == null) sb = new StringBuilder();
            sb.append(line, last, m.start(1));
            String fixed = piece.replaceAll("[〇Oo]", "0").replaceAll("[Il]", "1");
            sb.append(fixed);
            last = m.end(1);
            tally.add("形近字", 1, piece + "→" + fixed, lineNumber);
        }
        if (sb == null) return line;
        return sb.append(line.substring(last)).toString();
    }

    /** Whether the line has a character of {@link #LOOKALIKE} at all. */
    private static boolean hasLookalike(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '〇' || c == 'O' || c == 'o' || c == 'I' || c == 'l') return true;
        }
        return false;
    }
}
