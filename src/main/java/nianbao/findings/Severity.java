package nianbao.findings;

/** Severity of a finding; the verdict of a report follows from the most severe one. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String chinese;

    Severity(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    /** Parses a severity written in a rule or config file; null when the text is not a severity. */
    public static Severity parse(String text) {
        if (text == null) return null;
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) return s;
        }
        return null;
    }
}
