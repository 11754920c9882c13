package nianbao.normalize;

import nianbao.TestSupport;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Why a line without Han characters may skip OpenCC: nothing in it can be converted. */
class TraditionalStepTest {

    @Test
    void theListOfTraditionalOnlyCharactersIsOpenCcsVerdict() {
        int listed = 0;
        for (int code = 0x2E80; code <= Character.MAX_VALUE; code++) {
            if (Character.UnicodeScript.of(code) != Character.UnicodeScript.HAN) continue;
            char c = (char) code;
            assertEquals(TraditionalStep.traditionalOnly(c), TraditionalStep.listedTraditionalOnly(c),
                    () -> "U+" + Integer.toHexString(c) + " — regenerate src/main/resources/normalize/traditional-only.txt");
            if (TraditionalStep.listedTraditionalOnly(c)) listed++;
        }
        assertTrue(listed > 3000, "listed " + listed);
        assertTrue(TraditionalStep.isTraditional("政府資訊公開工作年度報告，本機關依據條例辦理申請"));
        assertFalse(TraditionalStep.isTraditional("政府信息公开工作年度报告，本机关依据条例办理申请"));
    }

    @Test
    void everyDictionaryEntryHasHan() throws Exception {
        // toSimple reads the TS tables and the ST tables reversed: every entry, either side, needs a Han character
        for (String name : new String[]{"TSCharacters.txt", "TSPhrases.txt", "STCharacters.txt", "STPhrases.txt"}) {
            try (InputStream in = TraditionalStep.class.getResourceAsStream("/data/dictionary/" + name)) {
                assertNotNull(in, name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int keys = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isEmpty()) continue;
                    for (String entry : line.split("[\t ]+")) {
                        if (entry.isEmpty()) continue;
                        assertTrue(TraditionalStep.mayConvert(entry), name + ": " + entry);
                    }
                    keys++;
                }
                assertTrue(keys > 100, name);
            }
        }
    }

    @Test
    void linesWithoutHanComeOutUnchanged() {
        String alphabet = " \t|-—–/.,:;()（）【】「」%％0123456789０１２３abcXYZ、，。；：？！“”‘’\u3000\u00A0ǎḿⅡ①★※…·￥";
        Random r = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            String s = TestSupport.randomString(r, alphabet, r.nextInt(30));
            assertFalse(TraditionalStep.mayConvert(s), s);
            assertEquals(s, TraditionalStep.toSimplified(s), s);
        }
        assertTrue(TraditionalStep.mayConvert("| 公開 | 0 |"));
    }
}
