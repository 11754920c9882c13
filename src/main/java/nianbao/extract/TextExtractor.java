package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/** Plain text and markdown: the encoding is detected, the lines are kept as they are. */
public final class TextExtractor implements Extractor {

    @Override
    public boolean accepts(byte[] bytes, String fileName) {
        return true; // the fallback: anything no other extractor claims is tried as text
    }

    @Override
    public Document extract(byte[] bytes, String fileName) throws InputProblem {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        return new Document("text/" + d.charset(), lines(d.text()));
    }

    static List<Document.Line> lines(String text) {
        String[] parts = text.split("\r\n|\r|\n|\u2028|\u2029", -1);
        List<Document.Line> out = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) out.add(new Document.Line(parts[i], null, i + 1));
        return out;
    }
}
