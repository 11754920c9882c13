package nianbao.parse;

import java.util.List;
import java.util.Map;

/**
 * A table as read: whether it was found, which of its rows (or appeal groups) were not, its cells
 * by key in template order, and the column header text of the fee block (for the unit check).
 */
public record TableRead(String name, int section, boolean present, List<String> missingRows,
                        Map<String, CellRead> cells, String feeHeader, Integer line) {}
