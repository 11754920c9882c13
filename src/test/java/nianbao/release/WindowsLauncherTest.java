package nianbao.release;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Windows machine is at hand: the .cmd launcher is checked statically — the encoding and line
 * ends cmd.exe on a Chinese Windows expects, every goto has its label, parentheses balance, and
 * it finds Java through JAVA_HOME or PATH and refuses a Java older than 17 with a Chinese message.
 */
class WindowsLauncherTest {
    private static final Path CMD = Path.of("src", "dist", "nianbao.cmd");

    private static String text() throws Exception {
        byte[] bytes = Files.readAllBytes(CMD);
        try {
            return Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("nianbao.cmd must be saved in GBK (code page 936)", e);
        }
    }

    @Test
    void savedInGbkWithCrlfLineEnds() throws Exception {
        String t = text();
        assertFalse(t.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertTrue(t.startsWith("@echo off"));
    }

    @Test
    void everyGotoHasItsLabelAndParenthesesBalance() throws Exception {
        String t = text();
        Matcher m = Pattern.compile("(?i)goto\\s+:?(\\w+)").matcher(t);
        while (m.find()) assertTrue(t.contains("\r\n:" + m.group(1) + "\r\n"), "label :" + m.group(1));
        int depth = 0;
        for (String line : t.split("\r\n")) {
            if (line.trim().startsWith("rem") || line.trim().startsWith("echo")) continue;
            String code = line.replaceAll("\"[^\"]*\"", "").replace("^(", "").replace("^)", "");
            for (char c : code.toCharArray()) {
                if (c == '(') depth++;
                if (c == ')') depth--;
            }
            assertTrue(depth >= 0, "unbalanced: " + line);
        }
        assertEquals(0, depth);
    }

    @Test
    void findsJavaAndChecksItsVersion() throws Exception {
        String t = text();
        assertTrue(t.contains("%JAVA_HOME%\\bin\\java.exe"));
        assertTrue(t.contains("where java"));
        assertTrue(t.contains("LSS 17"));
        assertTrue(t.contains("未找到 Java"));
        assertTrue(t.contains("\"-Dnianbao.home=%HERE%\" -jar \"%HERE%\\nianbao-audit.jar\" %*"), "quoted paths for spaces");
    }
}
