package nianbao.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.facts.Deadline;
import nianbao.store.Body;
import nianbao.store.ReportRow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The season of one report year against the roster: each body's report (verdict of its latest
 * version) or, when none was uploaded, whether its deadline (rules/config.yaml, per kind of body,
 * in year N+1) has passed; and the uploaded reports that match no body of the roster.
 */
final class Season {
    private Season() {}

    static ObjectNode of(int year, LocalDate today, List<Body> bodies, List<ReportRow> reports, List<Deadline> deadlines) {
        Map<String, Deadline> byKind = new HashMap<>();
        for (Deadline d : deadlines) byKind.put(d.getKind(), d);
        Map<Long, ReportRow> submitted = new HashMap<>();
        for (ReportRow r : reports) {
            if (r.bodyId() != null && r.year() != null && r.year() == year) submitted.putIfAbsent(r.bodyId(), r);
        }
        ObjectNode out = ResultJson.JSON.createObjectNode();
        out.put("year", year);
        out.put("today", today.toString());
        ArrayNode rows = out.putArray("bodies");
        int done = 0, late = 0, waiting = 0;
        for (Body b : bodies) {
            ObjectNode o = rows.addObject();
            o.set("body", Views.body(b));
            Deadline d = byKind.get(b.kind());
            LocalDate due = d == null ? null : d.dueFor(year);
            o.put("deadline", due == null ? null : due.toString());
            ReportRow r = submitted.get(b.id());
            if (r != null) {
                done++;
                o.put("status", "SUBMITTED");
                o.put("statusText", "已报送");
                o.put("reportId", r.id());
                o.set("latest", Views.audit(r.latest()));
            } else if (due != null && today.isAfter(due)) {
                late++;
                o.put("status", "LATE");
                o.put("statusText", "逾期未报送（截止 " + due + "，已逾期 " + ChronoUnit.DAYS.between(due, today) + " 天）");
            } else {
                waiting++;
                o.put("status", "WAITING");
                o.put("statusText", due == null ? "未报送" : "未报送（截止 " + due + "）");
            }
        }
        ArrayNode unmatched = out.putArray("unmatched");
        for (ReportRow r : reports) {
            if (r.bodyId() == null && r.year() != null && r.year() == year) {
                ObjectNode o = unmatched.addObject();
                o.put("reportId", r.id());
                o.put("agency", r.agency());
            }
        }
        ObjectNode totals = out.putObject("totals");
        totals.put("bodies", bodies.size());
        totals.put("submitted", done);
        totals.put("late", late);
        totals.put("waiting", waiting);
        return out;
    }
}
