package nianbao.facts;

/** The file could not be read: which rule reports it and the message saying why. */
public final class InputProblemFact {
    private final String rule, message;

    public InputProblemFact(String rule, String message) { this.rule = rule; this.message = message; }

    public String getRule() { return rule; }
    public String getMessage() { return message; }
}
