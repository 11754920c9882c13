package nianbao.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin annotations that some sites put after characters: 公開(kāi) → 公開. Only a
 * bracketed run of Latin letters with at least one tone mark, right after a Chinese character,
 * counts as an annotation; "(www.gov.cn)" or "(a)" stay.
 */
final class PinyinStep implements TextStep {
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[)）]");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");

    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    private static boolean hasToneMark(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0xC0 && TONE_MARKS.indexOf(c) >= 0) return true;
        }
        return false;
    }

    @Override
    public String apply(String line, int lineNumber, RepairTally tally) {
        if (line.indexOf('(') < 0 && line.indexOf('（') < 0) return line;
        if (!hasToneMark(line)) return line; // an annotation is removed only when it has a tone mark
        Matcher m = ANNOTATION.matcher(line);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        String example = null;
        while (m.find()) {
            if (!TONE.matcher(m.group(1)).find()) continue;
            if (example == null) {
                int from = Math.max(0, m.start() - 2);
                example = line.substring(from, m.end());
            }
            m.appendReplacement(sb, "");
            n++;
        }
        if (n == 0) return line;
        m.appendTail(sb);
        tally.add("拼音注音", n, example, lineNumber);
        return sb.toString();
    }
}
