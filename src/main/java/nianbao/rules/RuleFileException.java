package nianbao.rules;

import java.util.List;

/** The rule files could not be loaded; each problem is "file:line: message". */
public class RuleFileException extends Exception {
    private final List<String> problems;

    public RuleFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
