package nianbao.web;

import nianbao.store.Body;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of bodies and of uploaded files. Agency names are compared by a key that tolerates the
 * variants seen in reports: white space, full- and half-width characters and brackets, punctuation,
 * 人民政府 written 政府, and a region prefix written or left out ("青山市林业局" and "林业局" of
 * region 青山市).
 */
public final class Names {
    private Names() {}

    /** The agency as compared: {@link nianbao.parse.Metadata#agencyKey}, the same key the batch pairs years by. */
    public static String key(String name) {
        return nianbao.parse.Metadata.agencyKey(name);
    }

    /**
     * The body of the roster this agency is, or null: the same key; else the one body whose key is
     * the agency's with the body's region put before it, or whose key ends with the agency's (the
     * region left out) or is ended by it (a longer name), when exactly one body fits.
     */
    public static Body match(String agency, List<Body> roster) {
        String k = key(agency);
        if (k == null || k.isEmpty()) return null;
        for (Body b : roster) if (b.nameKey().equals(k)) return b;
        List<Body> fits = new ArrayList<>();
        for (Body b : roster) {
            String region = key(b.region());
            boolean withRegion = region != null && !region.isEmpty() && b.nameKey().equals(region + k);
            boolean prefixLeftOut = k.length() >= 3 && b.nameKey().endsWith(k);
            boolean longer = b.nameKey().length() >= 3 && k.endsWith(b.nameKey()) && region != null
                    && k.startsWith(region);
            if (withRegion || prefixLeftOut || longer) fits.add(b);
        }
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * The name to show for an uploaded file: its last path segment, without control characters,
     * at most 200 characters. Only ever shown and stored in the database, never used as a path.
     */
    public static String displayName(String uploaded) {
        if (uploaded == null) return "未命名文件";
        String s = uploaded.replaceAll("[\\p{Cc}\\p{Cf}]", "");
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1).strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) return "未命名文件";
        return s.length() > 200 ? s.substring(s.length() - 200) : s;
    }
}
