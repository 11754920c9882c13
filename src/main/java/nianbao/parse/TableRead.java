package nianbao.parse;

import nianbao.template.Template;

import java.util.List;
import java.util.Map;

/**
 * A table as read with one template's definition of it: whether it was found, which of its rows
 * (or appeal groups) were not, its cells by key in template order, and the column header text of
 * the fee block (for the unit check), and the digit runs whose lost separators were restored
 * ("801000081→80|1|0|0|0|0|81") and the rows whose numbers stood apart from their labels.
 */
public record TableRead(Template.TableDef def, boolean present, List<String> missingRows,
                        Map<String, CellRead> cells, String feeHeader, Integer page, Integer line, List<String> decodedRuns,
                        List<String> realignedRows) {

    public String name() { return def.name(); }

    public int section() { return def.section(); }
}
