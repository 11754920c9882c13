package nianbao.normalize;

/**
 * Full-width digits, Latin letters, brackets and a few signs to their ASCII forms, and the
 * ideographic space to a space. Ordinary normalisation, not a repair: it is not reported.
 */
final class WidthStep implements TextStep {

    @Override
    public String apply(String line, int lineNumber, RepairTally tally) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char d = fold(c);
            if (d != c) {
                if (sb == null) sb = new StringBuilder(line);
                sb.setCharAt(i, d);
            }
        }
        return sb == null ? line : sb.toString();
    }

    static char fold(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) return (char) (c - 0xFEE0);
        return switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '［' -> '[';
            case '］' -> ']';
            case '．' -> '.';
            case '／' -> '/';
            case '－' -> '-';
            case '＋' -> '+';
            case '％' -> '%';
            case '｜' -> '|';
            case '\u3000', '\u00A0' -> ' ';
            default -> c;
        };
    }
}
