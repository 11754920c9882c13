package nianbao.template;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {
    @Test
    void the2021TemplateHasThe200CanonicalCells() {
        List<Template.CellDef> cells = Template.standard().cells();
        assertEquals(200, cells.size());
        assertEquals(200, new HashSet<>(cells.stream().map(Template.CellDef::key).toList()).size());
        assertEquals(10, cells.stream().filter(c -> c.table().equals("active")).count());
        assertEquals(175, cells.stream().filter(c -> c.table().equals("requests")).count());
        assertEquals(15, cells.stream().filter(c -> c.table().equals("appeals")).count());
        var keys = Template.standard().cellsByKey().keySet();
        for (String k : List.of("active.rules.issued", "active.normative.in_force", "active.fees.amount",
                "requests.new.natural_person", "requests.result.withheld.security_stability.total",
                "requests.result.other.unpaid_fee.legal_service", "requests.carried_forward.total",
                "appeals.review.upheld", "appeals.litigation.direct.pending", "appeals.litigation.after_review.total")) {
            assertTrue(keys.contains(k), k);
        }
    }

    @Test
    void the2019TemplateHasItsOwnActiveTableAndASingleOtherRow() {
        Template t = Template.forFormat("2019");
        var keys = t.cellsByKey().keySet();
        assertTrue(keys.contains("active2019.procurement.amount"));
        assertTrue(keys.contains("requests.result.other.total.total"));
        assertTrue(keys.contains("appeals.review.total"));
        assertEquals(6, t.sections().size());
    }
}
