package nianbao.extract;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Word documents, recognised by their content whatever their name: .docx is a zip holding
 * word/document.xml; .doc is an OLE2 compound file with a WordDocument stream (the .wps files of
 * WPS Office usually are too). An encrypted .docx is an OLE2 file with an EncryptedPackage stream.
 * Paragraphs become lines, tables the markdown lines of {@link TableGrid}.
 */
public final class WordExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(WordExtractor.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String MAIN_PART = "word/document.xml";

    static final String ENCRYPTED = "文件已加密（设有打开密码），无法读取其内容。请提供未加密的文件。";
    static final String BROKEN_DOCX = "Word 文档（.docx）已损坏或不完整，无法读取其内容。请用 Word 或 WPS 打开后重新保存，或重新导出后再提交。";
    static final String BROKEN_DOC = "Word 文档（.doc/.wps）已损坏或不完整，无法读取其内容。请用 Word 或 WPS 打开后另存为 .docx 再提交。";
    static final String OLD_WORD = "该文件是 Word 95 或更早版本的格式，无法读取。请用 Word 或 WPS 打开后另存为 .docx 再提交。";
    static final String NO_TEXT = "Word 文档中没有可读取的文字（可能只有图片或扫描页），需人工审查或提供文字版。";

    private enum Kind { DOCX, DOC, ENCRYPTED, BROKEN_OLE2 }

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        return kind(bytes) != null;
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        Kind kind = kind(bytes);
        if (kind == null) throw InputProblem.unreadable(BROKEN_DOCX);
        List<String> texts = switch (kind) {
            case ENCRYPTED -> throw InputProblem.unreadable(ENCRYPTED);
            case BROKEN_OLE2 -> throw InputProblem.unreadable(BROKEN_DOC);
            case DOCX -> read(bytes, fileName, true);
            case DOC -> read(bytes, fileName, false);
        };
        if (texts.isEmpty()) throw new InputProblem("INPUT-NO-TEXT", NO_TEXT);
        List<Document.Line> lines = new ArrayList<>(texts.size());
        for (String t : texts) lines.add(new Document.Line(t, null, lines.size() + 1));
        return new Document(kind == Kind.DOCX ? "docx" : "doc", lines);
    }

    private static List<String> read(byte[] bytes, String fileName, boolean docx) throws InputProblem {
        String broken = docx ? BROKEN_DOCX : BROKEN_DOC;
        try {
            if (docx) return DocxReader.read(bytes);
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                return DocReader.read(fs.getRoot());
            }
        } catch (EncryptedDocumentException e) {
            throw new InputProblem("INPUT-UNREADABLE", ENCRYPTED, e);
        } catch (OldWordFileFormatException e) {
            throw new InputProblem("INPUT-UNREADABLE", OLD_WORD, e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} not readable as Word: {}", fileName, e.toString());
            throw new InputProblem("INPUT-UNREADABLE", broken, e);
        }
    }

    private static Kind kind(byte[] b) {
        if (startsWith(b, ZIP)) return hasMainPart(b) ? Kind.DOCX : null;
        if (startsWith(b, OLE2)) return oleKind(b);
        return null;
    }

    /** An OLE2 file that is Word or encrypted Office; null for other OLE2 content (e.g. .xls). */
    private static Kind oleKind(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) return Kind.ENCRYPTED;
            if (!root.hasEntry("WordDocument")) return null;
            return docEncrypted(root) ? Kind.ENCRYPTED : Kind.DOC;
        } catch (IOException | RuntimeException e) {
            return Kind.BROKEN_OLE2;
        }
    }

    /** The fEncrypted bit of the .doc file header (FIB), set for password-protected files. */
    private static boolean docEncrypted(DirectoryNode root) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream("WordDocument")) {
            byte[] fib = in.readNBytes(12);
            return fib.length == 12 && (fib[11] & 0x01) != 0;
        }
    }

    /**
     * Whether a zip names the main part of a .docx. When the zip cannot be walked to the end (a
     * truncated file), the uncompressed entry names are searched for it instead.
     */
    private static boolean hasMainPart(byte[] b) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(MAIN_PART)) return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return indexOf(b, MAIN_PART.getBytes(StandardCharsets.US_ASCII)) >= 0;
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) if (b[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
