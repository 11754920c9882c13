package nianbao.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF with Apache PDFBox: the text of each page in position order (top to bottom, left to right),
 * so a table row's label and numbers come out on one line, and a wrapped label around its numbers.
 * Owner-password PDFs open normally; a user password, no text layer, or damage is an InputProblem.
 */
public final class PdfExtractor implements Extractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PdfExtractor.class);
    /** Fewer visible characters than this per page on average: a scan without a text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    public static final int DEFAULT_MAX_PAGES = 500;

    private final int maxPages;

    public PdfExtractor() {
        this(DEFAULT_MAX_PAGES);
    }

    /** A reader that refuses PDFs of more than maxPages pages (an annual report has tens). */
    public PdfExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        int n = Math.min(bytes.length, 1024);
        for (int i = 0; i + 4 < n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') return true;
        }
        return false;
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Document.Line> lines = new ArrayList<>();
            int visible = 0;
            if (pdf.getNumberOfPages() > maxPages) {
                throw InputProblem.unreadable("PDF 共 " + pdf.getNumberOfPages() + " 页，超过上限 " + maxPages
                        + " 页（年度报告通常只有几十页），未审查。请确认文件是否正确；若确为年度报告，可在 nianbao.yaml 中调高 max-pdf-pages。");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                if (Thread.currentThread().isInterrupted()) throw InputProblem.unreadable("PDF 读取被中断（超时）。");
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] pageLines = stripper.getText(pdf).split("\r?\n");
                for (int i = 0; i < pageLines.length; i++) {
                    lines.add(new Document.Line(pageLines[i], page, lines.size() + 1, i + 1));
                    visible += pageLines[i].replaceAll("\\s", "").length();
                }
            }
            check(pdf.getNumberOfPages(), visible, lines);
            return new Document("pdf", lines);
        } catch (InvalidPasswordException e) {
            throw InputProblem.unreadable("PDF 设有打开密码，无法读取。请向报送单位索取未加密的文件。");
        } catch (IOException e) {
            throw InputProblem.unreadable("PDF 文件已损坏或不完整（" + e.getMessage() + "），无法读取。请重新下载或索取原始文件。");
        } catch (RuntimeException e) {
            // PDFBox answers some damage with unchecked exceptions (casts, bounds, bad numbers)
            LOG.warn("{}: PDF not readable", fileName, e);
            throw InputProblem.unreadable("PDF 文件已损坏，内部结构无法解析（" + e.getClass().getSimpleName()
                    + "），无法读取。请用 PDF 阅读器打开后另存，或重新导出、索取原始文件。");
        }
    }

    private static void check(int pages, int visible, List<Document.Line> lines) throws InputProblem {
        if (pages == 0) throw InputProblem.unreadable("PDF 没有任何页面。");
        if (visible < MIN_CHARS_PER_PAGE * pages) {
            throw new InputProblem("INPUT-NO-TEXT", "PDF 共 " + pages + " 页，几乎没有可提取的文字（可能是扫描件或图片）。"
                    + "需先进行文字识别（OCR），或向报送单位索取可复制文字的 PDF。");
        }
        long unmapped = lines.stream().flatMap(l -> l.text().chars().boxed())
                .filter(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)).count();
        if (unmapped * 5 > visible) {
            throw InputProblem.unreadable("PDF 的字体缺少 Unicode 映射，提取出的文字是乱码，无法审查。请索取由原文档重新导出的 PDF。");
        }
    }
}
