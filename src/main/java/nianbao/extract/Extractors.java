package nianbao.extract;

import java.util.List;

/** Chooses the extractor for a file by its content and runs it. */
public final class Extractors {

    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Extractors standard() {
        return standard(PdfExtractor.DEFAULT_MAX_PAGES);
    }

    /** The standard extractors, refusing PDFs of more than {@code maxPdfPages} pages. */
    public static Extractors standard(int maxPdfPages) {
        return new Extractors(List.of(new PdfExtractor(maxPdfPages), new WordExtractor(), new UnsupportedBinaryExtractor(), new HtmlExtractor(), new TextExtractor()));
    }

    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        for (Extractor e : extractors) {
            if (e.accepts(bytes, fileName)) return e.extract(bytes, fileName);
        }
        throw InputProblem.unreadable("不支持的文件类型。");
    }
}
