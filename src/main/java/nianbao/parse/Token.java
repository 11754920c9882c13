package nianbao.parse;

/** A piece of a table line: label text, or a cell value (number, blank marker, or unreadable). */
record Token(String text, Kind kind, int line, Integer page) {

    enum Kind { TEXT, NUMBER, BLANK, GARBAGE }

    boolean isValue() { return kind != Kind.TEXT; }
}
