package nianbao.findings;

/** A rule that could not be assessed on a report, and why: not assessable is not passed. */
public record NotAssessed(String rule, String reason) {

    @Override
    public String toString() {
        return rule + ": " + reason;
    }
}
