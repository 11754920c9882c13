package nianbao.facts;

import java.util.List;

/**
 * A value of rules/config.yaml the rules refer to by name: a threshold ("fee-scale-max"), a list
 * ("fee-scale-kinds"), so policy staff change numbers and lists without touching DRL.
 */
public final class Setting {
    private final String name;
    private final double number;
    private final List<String> items;

    public Setting(String name, double number, List<String> items) {
        this.name = name; this.number = number; this.items = items == null ? List.of() : List.copyOf(items);
    }

    public String getName() { return name; }
    public double getNumber() { return number; }
    public List<String> getItems() { return items; }
}
