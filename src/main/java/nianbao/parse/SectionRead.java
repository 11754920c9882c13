package nianbao.parse;

/**
 * A section heading found in the report: which canonical section it is (1–6), the heading as
 * written, its line, and the line where its body ends (exclusive).
 */
public record SectionRead(int number, String heading, String canonical, int line, int endLine) {

    /** Whether the heading says what the template says, ignoring numbering, spaces and punctuation. */
    public boolean canonicalWording() {
        return core(heading).equals(core(canonical));
    }

    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("^[#*\\s]*([一二三四五六七八九十]{1,2}|第[一二三四五六]部分)\\s*[、.．,，:：]?");
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\s*#“”\"'、，,。.:：()（）]");

    private static String core(String s) {
        return PUNCTUATION.matcher(NUMBERING.matcher(s).replaceAll("")).replaceAll("");
    }
}
