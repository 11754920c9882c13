package nianbao.parse;

/**
 * One canonical cell as read: a number, a blank ("—", "/", "无", empty), unreadable (something
 * stood there but it is no number), invalid (a number that a count cannot be: negative, a
 * fraction), or absent (its row or table was not found). Only NUMBER carries a value.
 */
public record CellRead(String key, State state, Double value, String raw, Integer page, Integer line) {

    public enum State { NUMBER, BLANK, UNREADABLE, INVALID, ABSENT }

    static CellRead absent(String key) {
        return new CellRead(key, State.ABSENT, null, null, null, null);
    }

    public boolean known() { return state == State.NUMBER; }
}
