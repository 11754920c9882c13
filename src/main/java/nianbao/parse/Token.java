package nianbao.parse;

/**
 * A piece of a table line: label text, or a cell value (number, blank marker, unreadable), or an
 * empty markdown cell, which is layout (a merged cell) unless a row needs it to fill its columns.
 */
record Token(String text, Kind kind, int line, Integer page, boolean rowEnd) {

    Token(String text, Kind kind, int line, Integer page) {
        this(text, kind, line, page, false);
    }

    /** The last cell of a markdown/grid row: a row of numbers ends here. */
    Token endingRow() {
        return new Token(text, kind, line, page, true);
    }

    enum Kind { TEXT, NUMBER, BLANK, GARBAGE, EMPTY }

    boolean isValue() { return kind != Kind.TEXT; }
}
