package nianbao.store;

/**
 * A body of the office's roster that must report: its name, kind (department, government or
 * township), region and parent body. {@code nameKey} is the name as matched ({@link nianbao.web.Names}).
 */
public record Body(long id, String name, String nameKey, String kind, String region, String parent) {}
