package nianbao.parse;

import nianbao.extract.Document;
import nianbao.template.Template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, agency, year, kind of body, 落款 date, stated period and template version. */
final class MetadataReader {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^[#*\\s]*(标题[:：])?\\s*");
    private static final Pattern PUBLISHED = Pattern.compile("^\\s*发布(时间|日期)[:：]\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附件[:：]\\s*(.+?)(\\d{4})\\s*年度?政府信息公开");
    private static final Pattern PERIOD = Pattern.compile(Dates.YMD + "\\s*起?\\s*(?:至|到|—|-|~|－)\\s*" + Dates.YMD);
    private static final Pattern YEAR_SUBJECT = Pattern.compile("(?:^|[。；;！\\s])\\s*(\\d{4})\\s*年度?\\s*[，,]");
    private static final int TITLE_SCAN = 15;
    private static final Pattern SENTENCE = Pattern.compile("[。；]");

    private MetadataReader() {}

    static Metadata read(List<Document.Line> lines, List<SectionRead> sections, Template template, String format) {
        int firstSection = sections.stream().mapToInt(SectionRead::line).min().orElse(Integer.MAX_VALUE);
        Title title = title(lines, firstSection);
        Signature sig = signature(lines, sections);
        String agency = title.agency != null ? title.agency : sig.name != null ? sig.name : attachmentAgency(lines);
        Integer year = title.year;
        List<Metadata.Period> periods = periods(lines, firstSection, sections);
        if (year == null && !periods.isEmpty()) year = periods.get(0).to().getYear();
        return new Metadata(title.text, title.line, agency, kind(agency, template), year,
                sig.date, sig.dateText, sig.source, sig.line, format,
                title.agency != null, title.year != null,
                title.text != null && Labels.norm(title.text).contains("政府信息公开工作年度报告"),
                periods, yearMentions(lines, sections));
    }

    private record Title(String text, Integer line, String agency, Integer year) {}

    /**
     * The title: the first run of up to three short lines (not sentences) that together say 年度报告,
     * so an agency line above the title and a title wrapped over two lines both count.
     */
    private static Title title(List<Document.Line> lines, int firstSection) {
        List<String> run = new ArrayList<>();
        int seen = 0;
        for (Document.Line l : lines) {
            if (l.number() >= firstSection || seen >= TITLE_SCAN) break;
            String t = TITLE_PREFIX.matcher(l.text()).replaceFirst("").strip();
            if (t.isEmpty()) continue;
            seen++;
            boolean sentence = t.contains("。") || t.contains("：") || t.contains(":") || t.length() > 40;
            if (sentence) { run.clear(); continue; }
            run.add(t);
            if (run.size() > 3) run.remove(0);
            String joined = String.join("", run);
            String n = Labels.norm(joined);
            boolean breadcrumb = n.contains(">") || n.contains("位置");
            if (breadcrumb) { run.clear(); continue; }
            if (n.contains("年度报告") || n.endsWith("年报") && YEAR.matcher(joined).find()) {
                String title = titleTail(run);
                return new Title(title, l.number(), agencyOf(title), yearOf(title));
            }
        }
        return new Title(null, null, null, null);
    }

    /** The shortest tail of the run that says 年度报告, with the line above when it names no agency. */
    private static String titleTail(List<String> run) {
        for (int k = 1; k <= run.size(); k++) {
            String tail = String.join("", run.subList(run.size() - k, run.size()));
            if (!Labels.norm(tail).contains("年度报告") && !Labels.norm(tail).endsWith("年报")) continue;
            if (agencyOf(tail) != null || k == run.size()) return tail;
            return String.join("", run.subList(run.size() - k - 1, run.size()));
        }
        return String.join("", run);
    }

    /** The agency: what stands before the year, or between the year and 政府信息公开 ("2019年上海市人民政府办公厅政府信息…"). */
    private static String agencyOf(String title) {
        Matcher m = YEAR.matcher(title);
        boolean year = m.find();
        if (!year && !title.contains("政府信息公开")) return null; // "年度报告" alone names no one
        String before = year ? title.substring(0, m.start()) : title.split("政府信息公开")[0];
        String name = before.replaceAll("[\\s#*]", "");
        if (name.isEmpty() && year && title.indexOf("政府信息公开", m.end()) > m.end()) {
            name = title.substring(m.end(), title.indexOf("政府信息公开", m.end())).replaceAll("^度|[\\s#*]", "");
        }
        return name.isEmpty() ? null : name;
    }

    private static Integer yearOf(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private record Signature(String name, LocalDate date, String dateText, String source, Integer line) {}

    /** The 落款: the first line that is only a date after section 六 begins, and the name above it. */
    private static Signature signature(List<Document.Line> lines, List<SectionRead> sections) {
        int from = sections.stream().filter(s -> s.number() == 6).mapToInt(SectionRead::line).findFirst()
                .orElse(sections.stream().mapToInt(SectionRead::line).max().orElse(Integer.MAX_VALUE));
        String lastShort = null;
        for (Document.Line l : lines) {
            if (l.number() <= from) continue;
            LocalDate d = Dates.standalone(l.text());
            if (d != null) return new Signature(lastShort, d, l.text().strip(), "落款", l.number());
            String t = l.text().strip();
            if (!t.isEmpty()) lastShort = t.length() <= 30 && !t.contains("。") && !t.contains("，") ? t.replaceAll("\\s", "") : null;
        }
        // No 落款 date: a date right under the title, or the page's publication date.
        int scanned = 0;
        for (Document.Line l : lines) {
            if (++scanned > TITLE_SCAN) break;
            LocalDate d = Dates.standalone(l.text());
            if (d != null) return new Signature(null, d, l.text().strip(), "落款", l.number());
            Matcher m = PUBLISHED.matcher(l.text());
            if (m.find()) return new Signature(null, Dates.iso(m.group(2)), m.group(2), "发布时间", l.number());
        }
        return new Signature(null, null, null, null, null);
    }

    private static String attachmentAgency(List<Document.Line> lines) {
        for (Document.Line l : lines) {
            Matcher m = ATTACHMENT.matcher(l.text());
            if (m.find()) return m.group(1).replaceAll("\\s", "");
        }
        return null;
    }

    static String kind(String agency, Template template) {
        if (agency == null) return "unknown";
        for (Template.AgencyKindDef k : template.agencyKinds()) {
            if (Pattern.compile(k.pattern()).matcher(agency).find()) return k.kind();
        }
        return "unknown";
    }

    /** "统计期限自2023年1月1日起至2023年12月31日止": only in a sentence that speaks of 统计. */
    private static List<Metadata.Period> periods(List<Document.Line> lines, int firstSection, List<SectionRead> sections) {
        int until = sections.stream().filter(s -> s.number() == 2).mapToInt(SectionRead::line).findFirst().orElse(firstSection);
        List<Metadata.Period> out = new ArrayList<>();
        for (Document.Line l : lines) {
            if (l.number() >= until) break;
            if (!l.text().contains("统计")) continue; // every sentence taken needs the word
            for (String sentence : SENTENCE.split(l.text())) {
                if (!sentence.contains("统计")) continue;
                Matcher m = PERIOD.matcher(sentence);
                if (!m.find()) continue;
                LocalDate from = Dates.of(m.group(1), m.group(2), m.group(3));
                LocalDate to = Dates.of(m.group(4), m.group(5), m.group(6));
                if (from != null && to != null) out.add(new Metadata.Period(from, to, m.group().replaceAll("\\s", ""), l.number()));
            }
        }
        return out;
    }

    /** Sentences of sections 一 and 五 that begin with a year, as the reporting year's work does. */
    private static List<Metadata.YearMention> yearMentions(List<Document.Line> lines, List<SectionRead> sections) {
        List<Metadata.YearMention> out = new ArrayList<>();
        for (SectionRead s : sections) {
            if (s.number() != 1 && s.number() != 5) continue;
            for (Document.Line l : lines) {
                if (l.number() <= s.line() || l.number() >= s.endLine()) continue;
                Matcher m = YEAR_SUBJECT.matcher(l.text());
                while (m.find()) {
                    int end = Math.min(l.text().length(), m.end() + 12);
                    out.add(new Metadata.YearMention(Integer.parseInt(m.group(1)),
                            l.text().substring(m.start(1), end).strip(), l.number(), s.number()));
                }
            }
        }
        return out;
    }

    /** Which template the report follows, by marker words (template data). */
    static String format(List<Document.Line> lines, Template template) {
        StringBuilder all = new StringBuilder();
        for (Document.Line l : lines) Labels.normInto(all, l.text()).append('\n');
        boolean has2019 = false, has2021 = false, hasOld = false;
        String text = all.toString();
        for (Template.FormatDef f : template.formats()) {
            switch (f.name()) {
                case "2019" -> has2019 = Labels.containsAny(text, f.markers());
                case "2021" -> has2021 = Labels.containsAny(text, f.markers());
                case "pre-2019" -> hasOld = Labels.containsAny(text, f.markers());
                default -> { }
            }
        }
        if (has2019 && !has2021) return "2019";
        if (has2021) return "2021";
        if (hasOld) return "pre-2019";
        return "unknown";
    }
}
