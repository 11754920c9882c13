package nianbao.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of label text followed by the values that come after it before the next text: the unit a
 * table row is read from. "三、本年度办理结果 (一)予以公开" + [0, 0, 0, 0, 0, 0, 0].
 */
record Segment(String label, int labelLine, List<Token> values) {

    /**
     * Cuts tokens into segments; values before any text get an empty label. Empty markdown cells
     * between labels of one line are layout; at the end of a line they close the segment, as the
     * cells of a row left wholly blank (&nbsp;).
     */
    static List<Segment> of(List<Token> tokens) {
        List<Segment> out = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        int labelLine = tokens.isEmpty() ? 0 : tokens.get(0).line();
        List<Token> values = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isValue()) {
                values.add(t);
                if (t.rowEnd() && values.stream().anyMatch(v -> v.kind() != Token.Kind.EMPTY)) {
                    // a grid row of numbers ends here: the next row's numbers are a segment of their own
                    out.add(new Segment(label.toString(), labelLine, values));
                    label.setLength(0);
                    values = new ArrayList<>();
                }
                continue;
            }
            boolean allEmpty = values.stream().allMatch(v -> v.kind() == Token.Kind.EMPTY);
            boolean rowOfBlanks = !values.isEmpty() && t.line() != values.get(values.size() - 1).line();
            if (allEmpty && !rowOfBlanks) {
                values.clear(); // empty cells between labels of one row are layout: the label goes on
            } else {
                out.add(new Segment(label.toString(), labelLine, values));
                label.setLength(0);
                values = new ArrayList<>();
            }
            if (label.isEmpty()) labelLine = t.line();
            label.append(t.text());
        }
        if (!values.isEmpty()) out.add(new Segment(label.toString(), labelLine, values));
        return out;
    }

    /** The digits of the values when they are all plain digit runs (a row whose separators were lost). */
    String digitRun() {
        StringBuilder sb = new StringBuilder();
        for (Token t : filled()) {
            if (t.kind() != Token.Kind.NUMBER || !t.text().chars().allMatch(Character::isDigit)) return null;
            sb.append(t.text());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The values without empty markdown cells. */
    List<Token> filled() {
        return values.stream().filter(v -> v.kind() != Token.Kind.EMPTY).toList();
    }
}
