package nianbao.normalize;

import nianbao.extract.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {
    private static Normalizer.Result run(String... lines) {
        List<Document.Line> ls = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) ls.add(new Document.Line(lines[i], null, i + 1));
        return new Normalizer().normalize(new Document("text", ls));
    }

    @Test
    void pinyinAnnotationsAreRemovedAndTraditionalSimplified() {
        Normalizer.Result r = run("2023年政府信息公開(kāi)工作年度報(bào)告", "一、總體情況", "三、收到和處理政府信息公開(kāi)申請(qǐng)情況");
        assertEquals("2023年政府信息公开工作年度报告", r.document().lines().get(0).text());
        assertEquals("三、收到和处理政府信息公开申请情况", r.document().lines().get(2).text());
        assertEquals("[拼音注音×4, 繁体字×9]", r.repairs().toString());
    }

    @Test
    void onlyTonedLatinAfterChineseIsPinyin() {
        Normalizer.Result r = run("详见网站(www.gov.cn)和附件(a)");
        assertEquals("详见网站(www.gov.cn)和附件(a)", r.document().lines().get(0).text());
        assertTrue(r.repairs().isEmpty());
    }

    @Test
    void knownMojibakeIsRepairedAndNamed() {
        Normalizer.Result r = run("進一步提升政府信息公開(kāi)標(biāo)準(zhǔn)化規(guī)范水平?,F(xiàn)將2023年主要工作情況匯報(bào)如下");
        assertTrue(r.document().lines().get(0).text().contains("规范水平。现将2023年"), r.document().lines().get(0).text());
        assertEquals("乱码", r.repairs().get(0).kind());
    }

    @Test
    void fullWidthDigitsAndBracketsAreFoldedSilently() {
        Normalizer.Result r = run("行政许可\t７５２", "（一）予以公开");
        assertEquals("行政许可\t752", r.document().lines().get(0).text());
        assertEquals("(一)予以公开", r.document().lines().get(1).text());
        assertTrue(r.repairs().isEmpty());
    }

    @Test
    void lookalikeDigitsInCellsAreRepairedButWordsAreNot() {
        Normalizer.Result r = run("行政许可\t1O5\t〇\tl2", "二〇二四年一月十六日", "OA系统 PDF 2023年");
        assertEquals("行政许可\t105\t0\t12", r.document().lines().get(0).text());
        assertEquals("二〇二四年一月十六日", r.document().lines().get(1).text());
        assertEquals("OA系统 PDF 2023年", r.document().lines().get(2).text());
        assertEquals("[形近字×3]", r.repairs().toString());
    }

    @Test
    void simplifiedTextIsLeftAlone() {
        Normalizer.Result r = run("本年度我镇无收取信息处理费的情况。", "乾隆年间的档案");
        assertEquals("乾隆年间的档案", r.document().lines().get(1).text());
        assertTrue(r.repairs().isEmpty());
    }
}
