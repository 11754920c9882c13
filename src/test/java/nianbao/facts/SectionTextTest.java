package nianbao.facts;

import nianbao.TestSupport;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting without punctuation and symbols gives what the regular expression gave. */
class SectionTextTest {
    @Test
    void lengthWithoutPunctuationAsTheRegex() {
        String alphabet = "政府信息公开，。、；：？！“”‘’（）《》【】—…·%％+＋=<>$￥^`~|@#&*_-'\"a1 \t\u3000\uD83D\uDE00\uD840\uDC00\uD800";
        Random r = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            String s = TestSupport.randomString(r, alphabet, r.nextInt(20));
            assertEquals(s.replaceAll("[\\p{P}\\p{S}]", "").length(), SectionText.lengthWithoutPunctuation(s), s);
        }
    }
}
