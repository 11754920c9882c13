package nianbao.facts;

import nianbao.TestSupport;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The "*" of identity keys matches exactly as the regular expression it replaced. */
class IdentityEvaluatorTest {

    private static boolean regex(String pattern, String key) {
        return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.+\\Q")).matcher(key).matches();
    }

    @Test
    void wildcardAsTheRegex() {
        String[] keys = {"requests.result.total.natural_person", "requests.result.granted.other", "requests.new.total",
                "requests.result.other.unpaid_fee.total", "requests.result..total", "a.b", "ab", "a\nb.c", ""};
        String[] patterns = {"requests.result.*.total", "requests.*", "*.total", "*", "a*b", "a**b", "requests.result.*.*.total",
                "*.*", "a*b*c", "*b"};
        for (String p : patterns) {
            for (String k : keys) assertEquals(regex(p, k), IdentityEvaluator.matches(p.split("\\*", -1), k), p + " ~ " + k);
        }
        Random r = new Random(6);
        for (int n = 0; n < 200_000; n++) {
            String p = TestSupport.randomString(r, "ab.*", 1 + r.nextInt(7));
            if (!p.contains("*")) continue;
            String k = TestSupport.randomString(r, "ab.\n", r.nextInt(9));
            assertEquals(regex(p, k), IdentityEvaluator.matches(p.split("\\*", -1), k), p + " ~ " + k);
        }
    }
}
