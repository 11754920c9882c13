package nianbao.extract;

/**
 * A file that cannot be read well enough to audit. Carries the rule id of the finding it becomes
 * (INPUT-UNREADABLE or INPUT-NO-TEXT) and a message in Chinese saying what is wrong and what to do.
 */
public class InputProblem extends Exception {
    private final String rule;

    public InputProblem(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public InputProblem(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    public String rule() { return rule; }

    public static InputProblem unreadable(String message) {
        return new InputProblem("INPUT-UNREADABLE", message);
    }
}
