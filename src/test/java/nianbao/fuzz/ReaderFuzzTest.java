package nianbao.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nianbao.extract.Document;
import nianbao.extract.Extractor;
import nianbao.extract.HtmlExtractor;
import nianbao.extract.InputProblem;
import nianbao.extract.PdfExtractor;
import nianbao.extract.TextExtractor;
import nianbao.extract.WordExtractor;
import nianbao.normalize.Normalizer;
import nianbao.parse.ReportParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the readers and the parser: whatever the bytes, a reader returns a document or
 * throws {@link InputProblem} (which becomes the file's finding), never anything else.
 *
 * <p>Not in the ordinary test run (they attach Jazzer's agent): {@code mvn test -Pfuzz} makes each method replay its inputs in
 * {@code src/test/resources/nianbao/fuzz/ReaderFuzzTestInputs/<method>/} (crashes found earlier,
 * kept as regression tests) — a second or two. To fuzz, one method at a time:
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Pfuzz -Dtest='ReaderFuzzTest#pdf'
 * </pre>
 * (methods: text, html, pdf, word, parser; each fuzzes for the annotation's maxDuration, 5 minutes).
 * A crash is written to that inputs folder: commit it there, fix the reader, and it stays a
 * regression test. First runs (60 s each of html, pdf, word) found no crash; note that Jazzer
 * instruments only the project's own classes by default, so coverage inside PDFBox and POI is thin.
 */
class ReaderFuzzTest {
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final ReportParser PARSER = new ReportParser();

    @FuzzTest(maxDuration = "5m")
    void text(byte[] data) {
        read(new TextExtractor(), data, "x.txt");
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] data) {
        read(new HtmlExtractor(), data, "x.html");
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] data) {
        byte[] pdf = data.length >= 5 && data[0] == '%' ? data : prefixed("%PDF-1.4\n", data);
        read(new PdfExtractor(), pdf, "x.pdf");
    }

    @FuzzTest(maxDuration = "5m")
    void word(byte[] data) {
        WordExtractor w = new WordExtractor();
        if (w.accepts(data, "x.docx")) read(w, data, "x.docx");
    }

    /** The text that reaches the parser is anything: lines of it are normalised and parsed. */
    @FuzzTest(maxDuration = "5m")
    void parser(FuzzedDataProvider in) {
        List<Document.Line> lines = new ArrayList<>();
        int n = in.consumeInt(0, 400);
        for (int i = 0; i < n && in.remainingBytes() > 0; i++) lines.add(new Document.Line(in.consumeString(200), null, i + 1));
        Normalizer.Result r = NORMALIZER.normalize(new Document("text/fuzz", lines));
        PARSER.parse(r.document(), r.repairs());
    }

    private static void read(Extractor e, byte[] data, String name) {
        try {
            if (e.accepts(data, name)) e.extract(data, name);
        } catch (InputProblem expected) {
            // the file's INPUT-* finding: fine
        }
    }

    private static byte[] prefixed(String head, byte[] data) {
        byte[] h = head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = new byte[h.length + data.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(data, 0, out, h.length, data.length);
        return out;
    }
}
