package nianbao.web;

import nianbao.store.Body;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamesTest {
    static Body body(long id, String name, String region) {
        return new Body(id, name, Names.key(name), "department", region, null);
    }

    @Test
    void variantsOfANameMatchTheirBody() {
        List<Body> roster = List.of(body(1, "青山市人力资源和社会保障局", "青山市"), body(2, "云岫县人民政府", "云岫县"),
                body(3, "发展和改革局", "云川市"), body(4, "青山市（开发区）管理委员会", "青山市"));
        assertEquals(1, Names.match("青山市 人力资源和社会保障局", roster).id());
        assertEquals(1, Names.match("青山市人力资源和社会保障局　", roster).id());
        assertEquals(2, Names.match("云岫县政府", roster).id());
        assertEquals(3, Names.match("云川市发展和改革局", roster).id(), "the region before the roster's name");
        assertEquals(4, Names.match("青山市(开发区)管理委员会", roster).id(), "half-width brackets");
        assertEquals(1, Names.match("人力资源和社会保障局", roster).id(), "the region left out, one body fits");
        assertNull(Names.match("青山市林业局", roster));
        assertNull(Names.match(null, roster));
    }

    @Test
    void aNameThatFitsTwoBodiesMatchesNone() {
        List<Body> roster = List.of(body(1, "青山市教育局", "青山市"), body(2, "云川市教育局", "云川市"));
        assertNull(Names.match("教育局", roster));
        assertEquals(2, Names.match("云川市教育局", roster).id());
    }

    @Test
    void uploadedNamesAreReducedToTheirLastSegment() {
        assertEquals("x.txt", Names.displayName("../../x.txt"));
        assertEquals("y.txt", Names.displayName("..\\..\\y.txt"));
        assertEquals("未命名文件", Names.displayName(".."));
        assertEquals("未命名文件", Names.displayName(""));
        assertEquals("ab.txt", Names.displayName("a\u0000b.txt"));
        assertEquals("报告.pdf", Names.displayName("/etc/报告.pdf"));
    }
}
