package nianbao.parse;

/** Turns a value token into a cell: counts must be integers ≥ 0, amounts decimals ≥ 0. */
final class Values {
    private Values() {}

    static CellRead cell(String key, Token t, boolean decimal) {
        return switch (t.kind()) {
            case BLANK, EMPTY -> new CellRead(key, CellRead.State.BLANK, null, t.text(), t.page(), t.line());
            case GARBAGE, TEXT -> new CellRead(key, CellRead.State.UNREADABLE, null, t.text(), t.page(), t.line());
            case NUMBER -> number(key, t, decimal);
        };
    }

    private static CellRead number(String key, Token t, boolean decimal) {
        String text = t.text();
        double v = Double.parseDouble(digitsOnly(text) ? text : Tokenizer.UNIT.matcher(text).replaceFirst("").replace(",", ""));
        boolean valid = v >= 0 && (decimal || v == Math.rint(v));
        return new CellRead(key, valid ? CellRead.State.NUMBER : CellRead.State.INVALID,
                valid ? v : null, t.text(), t.page(), t.line());
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return !s.isEmpty();
    }

    static CellRead unreadable(String key, Segment seg) {
        Integer line = seg == null ? null : seg.labelLine();
        Integer page = seg == null || seg.values().isEmpty() ? null : seg.values().get(0).page();
        String raw = seg == null ? null : seg.values().stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
        return new CellRead(key, CellRead.State.UNREADABLE, null, raw, page, line);
    }
}
