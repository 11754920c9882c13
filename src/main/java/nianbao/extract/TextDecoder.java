package nianbao.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text bytes, detecting the encoding from the content (BOM, UTF-8 validity, the shape of
 * UTF-16, then GB18030 or Big5, whichever reads as ordinary Chinese text), never from the file name.
 */
public final class TextDecoder {

    /** The decoded text and the name of the encoding found. */
    public record Decoded(String text, String charset) {}

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextDecoder() {}

    public static Decoded decode(byte[] b) throws InputProblem {
        if (b.length == 0) throw InputProblem.unreadable("文件为空（0 字节），没有可审查的内容。请向报送单位索取完整文件。");
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        if (startsWith(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        if (startsWith(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");

        Decoded utf16 = utf16WithoutBom(b);
        if (utf16 != null) return utf16;
        if (hasNul(b)) {
            throw InputProblem.unreadable("文件不是文本，也不是可识别的 PDF、Word 或网页文件（含二进制数据）。请确认文件是否损坏或类型是否正确。");
        }
        try {
            return strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        } catch (InputProblem notUtf8) {
            Decoded d = lenient(b, GB18030);
            Decoded big5 = strictOrNull(b, BIG5);
            if (big5 != null && ordinaryShare(big5.text()) > ordinaryShare(d.text())) d = big5;
            if (ordinaryShare(d.text()) < 0.9) {
                throw InputProblem.unreadable("无法识别文件的文字编码（既不是 UTF-8、UTF-16，也不像 GBK/GB18030 或 Big5）。请另存为 UTF-8 文本或提供原始文件。");
            }
            return d;
        }
    }

    private static Decoded utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) zeroEven++;
            if (b[i + 1] == 0) zeroOdd++;
        }
        // ASCII digits, tabs and line breaks put a zero byte in every other position of UTF-16.
        int pairs = n / 2;
        Charset cs = null;
        // (a Chinese character can have a zero byte too, as 一 U+4E00 does, so only a clear majority counts)
        if (zeroOdd > pairs / 10 && zeroEven < zeroOdd / 4) cs = StandardCharsets.UTF_16LE;
        else if (zeroEven > pairs / 10 && zeroOdd < zeroEven / 4) cs = StandardCharsets.UTF_16BE;
        if (cs == null) return null;
        try {
            Decoded d = strict(b, 0, cs, cs.name());
            return printableShare(d.text()) > 0.9 ? d : null;
        } catch (InputProblem e) {
            return null;
        }
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, String name) throws InputProblem {
        try {
            String s = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(s, name);
        } catch (CharacterCodingException e) {
            throw InputProblem.unreadable("文件声明或看似为 " + name + " 编码，但其中有无法解码的字节。请另存为 UTF-8 文本后重新提交。");
        }
    }

    private static Decoded lenient(byte[] b, Charset cs) {
        return new Decoded(new String(b, cs), cs.name());
    }

    private static Decoded strictOrNull(byte[] b, Charset cs) {
        try {
            return strict(b, 0, cs, cs.name());
        } catch (InputProblem e) {
            return null;
        }
    }

    /**
     * Share of characters that ordinary Chinese text is made of: common ideographs, ASCII, CJK and
     * full-width punctuation. Text decoded with the wrong one of GB18030/Big5 scatters into kana,
     * box drawing and rare ideographs and scores lower.
     */
    static double ordinaryShare(String s) {
        if (s.isEmpty()) return 0;
        long ok = s.chars().filter(c -> (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x20 && c < 0x7F) || c == '\n'
                || c == '\r' || c == '\t' || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2010 && c <= 0x2027)).count();
        return (double) ok / s.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    static double printableShare(String s) {
        if (s.isEmpty()) return 0;
        long ok = s.codePoints().filter(c -> c == '\n' || c == '\r' || c == '\t'
                || (!Character.isISOControl(c) && Character.isDefined(c) && c != 0xFFFD)).count();
        return (double) ok / s.codePointCount(0, s.length());
    }
}
