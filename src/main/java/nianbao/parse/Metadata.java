package nianbao.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What the report says about itself. Fields that could not be determined are null.
 *
 * @param dateSource "落款" for the signature date, "发布时间" for a page's publication date
 * @param periods    stated statistical periods ("统计期限自…至…")
 * @param yearMentions sentences in the prose that start with a year ("2022年，我局…")
 */
public record Metadata(String title, Integer titleLine, String agency, String agencyKind, Integer year,
                       LocalDate date, String dateText, String dateSource, Integer dateLine, String format,
                       boolean titleHasAgency, boolean titleHasYear, boolean titleHasName,
                       List<Period> periods, List<YearMention> yearMentions) {

    /** The same, with the kind of body from elsewhere (the office's roster). */
    public Metadata withAgencyKind(String kind) {
        if (java.util.Objects.equals(kind, agencyKind)) return this;
        return new Metadata(title, titleLine, agency, kind, year, date, dateText, dateSource, dateLine, format,
                titleHasAgency, titleHasYear, titleHasName, periods, yearMentions);
    }

    private static final java.util.regex.Pattern NOT_IN_KEY = java.util.regex.Pattern.compile("[\\s\\u3000\\p{Cf}]|[\\p{P}\\p{S}&&[^()]]");

    /**
     * An agency name as compared wherever two names must be the same agency (the year before in a
     * batch or in the workspace's archive, the roster): NFKC (half-width brackets and digits), no
     * white space or punctuation, 人民政府 written 政府.
     */
    public static String agencyKey(String name) {
        if (name == null) return null;
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        return NOT_IN_KEY.matcher(s).replaceAll("").replace("人民政府", "政府");
    }

    public record Period(LocalDate from, LocalDate to, String text, int line) {}

    public record YearMention(int year, String text, int line, int section) {}
}
