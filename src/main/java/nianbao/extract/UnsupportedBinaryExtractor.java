package nianbao.extract;

/**
 * Recognises binary files that cannot be read as a report (zip archives and OLE2 files that are
 * not Word documents, which {@link WordExtractor} takes first) and answers them
 * with a clear INPUT-UNREADABLE instead of decoding them as text.
 */
public final class UnsupportedBinaryExtractor implements Extractor {

    private enum Kind {
        ZIP(new byte[]{'P', 'K', 3, 4},
                "文件是 zip 压缩包，但不是 Word 文档（.docx），无法作为一份报告读取。若是多份报告的压缩包，请将扩展名改为 .zip 后提交；否则请提供报告原文件。"),
        OLE(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                "文件是 Office 复合文档，但不是 Word 文档（可能是 Excel .xls 或 PowerPoint .ppt 等），无法作为报告读取。请提供报告的 Word、PDF 或文本版本。");

        final byte[] magic;
        final String message;

        Kind(byte[] magic, String message) { this.magic = magic; this.message = message; }
    }

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        return kind(bytes) != null;
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        throw InputProblem.unreadable(kind(bytes).message);
    }

    private static Kind kind(byte[] b) {
        for (Kind k : Kind.values()) {
            if (b.length >= k.magic.length) {
                boolean match = true;
                for (int i = 0; i < k.magic.length; i++) if (b[i] != k.magic[i]) { match = false; break; }
                if (match) return k;
            }
        }
        return null;
    }
}
