package nianbao.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** MinHash banding finds the similar pairs of a large batch and hands on few others. */
class MinHashTest {

    @Test
    void theSimilarPairIsFoundAndFewOthersAreCompared() {
        Random random = new Random(7);
        List<int[]> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // each text shares a tenth of its 5-grams with a common pool: a little similarity everywhere
            int[] s = new int[300];
            for (int k = 0; k < s.length; k++) s[k] = k < 30 ? random.nextInt(600) : random.nextInt();
            texts.add(Arrays.stream(s).sorted().distinct().toArray());
        }
        int[] copy = texts.get(10).clone();
        for (int k = 0; k < 20; k++) copy[k] = random.nextInt(); // 93 % the same
        texts.set(2500, Arrays.stream(copy).sorted().distinct().toArray());

        List<int[]> signatures = texts.stream().map(MinHash::signature).toList();
        List<String> compared = MinHash.candidates(signatures, 0.5, (x, y) -> x + "~" + y);
        assertTrue(compared.contains("10~2500"), compared.toString());
        assertTrue(compared.size() < 50, "compared " + compared.size() + " pairs of 4.5 million");
        assertEquals(compared.size(), compared.stream().distinct().count(), "each pair once");
    }
}
