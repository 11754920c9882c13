package nianbao.pipeline;

/**
 * One report to audit: the name to show (path as given, or "batch.zip!/a/b.pdf" for a zip entry)
 * and its bytes, or the reason it could not be read from disk or archive.
 */
public record InputFile(String name, byte[] bytes, String problem) {

    public static InputFile of(String name, byte[] bytes) {
        return new InputFile(name, bytes, null);
    }

    public static InputFile failed(String name, String problem) {
        return new InputFile(name, null, problem);
    }
}
