package nianbao.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InputFileTest {
    @TempDir
    Path tmp;

    @Test
    void aFileIsReadWholeUnderAnyLimitAndRefusedOverIt() throws Exception {
        Path f = Files.write(tmp.resolve("r.txt"), new byte[]{1, 2, 3, 4, 5});
        InputFile in = InputFile.onDisk(f.toString(), f);
        assertArrayEquals(new byte[]{1, 2, 3, 4, 5}, in.read(Long.MAX_VALUE));
        assertArrayEquals(new byte[]{1, 2, 3, 4, 5}, in.read(5));
        assertNull(in.read(4));
    }
}
