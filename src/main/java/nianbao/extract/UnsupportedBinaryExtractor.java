package nianbao.extract;

/**
 * Recognises binary document formats that this build cannot read yet (PDF, Word, other archives)
 * and answers them with a clear INPUT-UNREADABLE instead of decoding them as text.
 */
public final class UnsupportedBinaryExtractor implements Extractor {

    private enum Kind {
        ZIP("Word（.docx）或压缩包", new byte[]{'P', 'K', 3, 4}),
        OLE("Word（.doc/.wps）", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        final String label;
        final byte[] magic;

        Kind(String label, byte[] magic) { this.label = label; this.magic = magic; }
    }

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        return kind(bytes) != null;
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        throw InputProblem.unreadable("本版本暂不能读取 " + kind(bytes).label
                + " 文件。请提供该报告的文本或网页版本，或使用支持该格式的版本。");
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
