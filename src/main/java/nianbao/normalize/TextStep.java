package nianbao.normalize;

/** One normalisation of a line's text; records what it repaired in the given tally. */
interface TextStep {
    String apply(String line, int lineNumber, RepairTally tally);
}
