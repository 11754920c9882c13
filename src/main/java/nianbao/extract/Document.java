package nianbao.extract;

import java.util.List;

/**
 * What every extractor produces, whatever the format: the report as ordered lines of text. A table
 * row is one line with its cells separated by tabs. Each line remembers where it came from
 * (page for PDFs, line number in the original text or row in a table) so findings can point there.
 * Everything format-specific ends here.
 *
 * @param format   how the file was read, e.g. "text/UTF-16LE" or "pdf"
 */
public record Document(String format, List<Line> lines) {

    /**
     * @param number   position in the whole document (1, 2, …), which orders lines
     * @param pageLine the line as a reader finds it: on its page for PDFs, else the same as number
     */
    public record Line(String text, Integer page, int number, int pageLine) {
        public Line(String text, Integer page, int number) {
            this(text, page, number, number);
        }

        public Line withText(String t) { return new Line(t, page, number, pageLine); }
    }

    public Document {
        lines = List.copyOf(lines);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.text()).append('\n');
        return sb.toString();
    }
}
