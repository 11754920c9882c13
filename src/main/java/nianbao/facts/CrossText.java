package nianbao.facts;

import java.util.List;

/**
 * The prose of section 一 or 五 of the report under audit, as the batch-level rules see it (a type
 * of its own, so that the rules on one report's content do not run again in the batch phase).
 */
public final class CrossText {
    private final SectionText text;

    public CrossText(SectionText text) {
        this.text = text;
    }

    public int getNumber() { return text.getNumber(); }
    public String getText() { return text.getText(); }

    public boolean containsAny(List<String> words) { return text.containsAny(words); }

    /** The first of the words found; null when none. */
    public SectionText.Mention find(List<String> words) { return text.find(words, List.of()); }

    public nianbao.findings.Location location() { return text.location(); }
}
