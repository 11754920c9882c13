package nianbao.store;

/** A finding of a stored version, with how it stands against the report's previous version. */
public record StoredFinding(int ord, String fingerprint, String rule, String severity, Change change) {

    /** Against the previous version of the same report. */
    public enum Change {
        FIRST("首次审查"), NEW("新增"), UNCHANGED("未变"), RESOLVED("已解决");

        private final String chinese;

        Change(String chinese) { this.chinese = chinese; }

        public String chinese() { return chinese; }
    }
}
