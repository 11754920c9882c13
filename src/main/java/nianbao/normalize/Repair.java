package nianbao.normalize;

/**
 * A conversion artefact that was found and repaired: what kind, how many times, one example as
 * found, and the first line where it occurred.
 */
public record Repair(String kind, int count, String example, int firstLine) {

    @Override
    public String toString() {
        return kind + "×" + count;
    }
}
