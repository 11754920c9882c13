package nianbao.web;

import java.io.IOException;
import java.io.InputStream;

/** One uploaded file: the name it was uploaded under (for display only), its size and its content. */
public record Upload(String name, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
