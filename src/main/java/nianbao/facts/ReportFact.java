package nianbao.facts;

import nianbao.findings.Location;

import java.time.LocalDate;
import java.util.List;

/** The report's identity and dates, as read from its title and 落款. Unknown fields are null. */
public final class ReportFact {
    private final String agency, kind, format, title, dateText, dateSource;
    private final Integer year;
    private final Location titlePlace, datePlace;
    private final LocalDate date;
    private final boolean titleHasAgency, titleHasYear, titleHasName, mayMakeRules;

    public ReportFact(String agency, String kind, Integer year, LocalDate date, String dateText, String dateSource,
                      Location datePlace, String format, String title, Location titlePlace, boolean titleHasAgency,
                      boolean titleHasYear, boolean titleHasName, boolean mayMakeRules) {
        this.agency = agency; this.kind = kind; this.year = year; this.date = date; this.dateText = dateText;
        this.dateSource = dateSource; this.datePlace = datePlace; this.format = format; this.title = title;
        this.titlePlace = titlePlace; this.titleHasAgency = titleHasAgency; this.titleHasYear = titleHasYear;
        this.titleHasName = titleHasName; this.mayMakeRules = mayMakeRules;
    }

    public String getAgency() { return agency; }
    /** department, government, township or unknown. */
    public String getKind() { return kind; }
    public Integer getYear() { return year; }
    public LocalDate getDate() { return date; }
    public String getDateText() { return dateText; }
    public String getDateSource() { return dateSource; }
    public String getFormat() { return format; }
    public String getTitle() { return title; }
    public boolean isTitleHasAgency() { return titleHasAgency; }
    public boolean isTitleHasYear() { return titleHasYear; }
    public boolean isTitleHasName() { return titleHasName; }
    /** Whether the body may make 规章 (立法法), by the name patterns of rules/config.yaml. */
    public boolean isMayMakeRules() { return mayMakeRules; }

    /** Whether the agency's name ends with this level (乡, 镇, 街道), "人民政府" and "办事处" aside. */
    public boolean isLevel(String level) {
        return agency != null && GOVERNMENT_OR_OFFICE.matcher(agency).replaceAll("").endsWith(level);
    }

    private static final java.util.regex.Pattern GOVERNMENT_OR_OFFICE = java.util.regex.Pattern.compile("(人民政府|办事处)$");

    /** The kind of body in words, for messages. */
    public String getKindLabel() {
        return switch (kind == null ? "unknown" : kind) {
            case "department" -> "县级以上人民政府部门";
            case "government" -> "县级以上地方人民政府";
            case "township" -> "乡镇、街道";
            default -> "其他机关";
        };
    }

    /** The end of the reporting year, N-12-31. */
    public LocalDate getYearEnd() { return year == null ? null : LocalDate.of(year, 12, 31); }

    public Location dateLocation() { return datePlace; }

    public Location titleLocation() { return titlePlace; }
}
