package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String TEXT = "一、总体情况\n本年新收政府信息公开申请数量\t7\t0\t0\t0\t0\t0\t7\n二〇二四年一月十六日\n";

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        TextDecoder.Decoded d = TextDecoder.decode(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, d.text());
        assertEquals("UTF-8 (BOM)", d.charset());
    }

    @Test
    void gb18030IsDetectedByContent() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030")));
        assertEquals(TEXT, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void big5IsDetectedByContent() throws Exception {
        String trad = "政府信息公開工作年度報告，本年度收到和處理政府信息公開申請情況如下。".repeat(5);
        assertEquals(trad, TextDecoder.decode(trad.getBytes(Charset.forName("Big5"))).text());
    }

    @Test
    void utf16WithBomAndWithout() throws Exception {
        assertEquals(TEXT, TextDecoder.decode(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)).text());
        assertEquals("UTF-16BE", TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)).charset());
    }

    @Test
    void emptyAndBinaryAreUnreadable() {
        InputProblem empty = assertThrows(InputProblem.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals("INPUT-UNREADABLE", empty.rule());
        assertTrue(empty.getMessage().contains("为空"));
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31 + 7);
        binary[10] = 0;
        InputProblem bin = assertThrows(InputProblem.class, () -> TextDecoder.decode(binary));
        assertEquals("INPUT-UNREADABLE", bin.rule());
    }
}
