package nianbao.parse;

import nianbao.TestSupport;
import nianbao.extract.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer's hand-written scanning gives exactly what its regular expressions gave. */
class TokenizerEquivalenceTest {
    private static final Pattern SKIP = Pattern.compile(":?-{3,}:?|[#*:：、,，.。;；]+");
    private static final Pattern SPLIT = Pattern.compile("[\\t|]+|\\s+");
    private static final Pattern BLANK = Pattern.compile("—+|-|–|―|/|无|空");
    private static final Pattern GARBAGE = Pattern.compile("[0-9A-Za-z.,?？*×]{1,8}");
    private static final Pattern HAS_DIGIT_OR_MARK = Pattern.compile(".*[0-9?？*×].*");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.、]");
    private static final String ALPHABET = "0123456789,.-:：、|\t \u3000\u00A0\u000B\r\n#*;；。—–―/无空件元万个人l1Oo〇?？×abA(（)）其中总计申请";

    static Token.Kind classifyByRegex(String piece) {
        if (Tokenizer.NUMBER.matcher(piece).matches()) return Token.Kind.NUMBER;
        if (Tokenizer.NUMBER.matcher(Tokenizer.UNIT.matcher(piece).replaceFirst("")).matches()) return Token.Kind.NUMBER;
        if (BLANK.matcher(piece).matches()) return Token.Kind.BLANK;
        if (LIST_NUMBER.matcher(piece).matches()) return Token.Kind.TEXT;
        if (GARBAGE.matcher(piece).matches() && HAS_DIGIT_OR_MARK.matcher(piece).matches()) return Token.Kind.GARBAGE;
        return Token.Kind.TEXT;
    }

    static List<String> piecesByRegex(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : SPLIT.split(text)) if (!piece.isEmpty() && !SKIP.matcher(piece).matches()) out.add(piece);
        return out;
    }

    @Test
    void asTheRegularExpressions() {
        Random r = new Random(42);
        for (int n = 0; n < 100_000; n++) {
            String s = TestSupport.randomString(r, ALPHABET, r.nextInt(14));
            assertEquals(classifyByRegex(s), Tokenizer.classify(s), s);
            assertEquals(SKIP.matcher(s).matches(), Tokenizer.isSkipped(s), s);
            List<Token> tokens = Tokenizer.tokenize(List.of(new Document.Line("x " + s, null, 1)));
            List<String> got = new ArrayList<>();
            for (Token t : tokens) got.add(t.text());
            if (!s.strip().startsWith("|") && !Tokenizer.isPageNumber("x " + s) && s.indexOf('(') < 0) {
                assertEquals(piecesByRegex("x " + s), got, s);
            }
        }
    }
}
