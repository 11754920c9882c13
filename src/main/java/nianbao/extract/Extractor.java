package nianbao.extract;

/** Reads the bytes of one kind of file into a {@link Document}. */
public interface Extractor {

    /** Whether these bytes are of this extractor's kind (by content, not by file name). */
    boolean accepts(byte[] bytes, String fileName);

    Document extract(byte[] bytes, String fileName) throws InputProblem;
}
