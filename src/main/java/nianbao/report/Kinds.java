package nianbao.report;

/** Kinds of body in Chinese, for display. */
final class Kinds {
    private Kinds() {}

    static String chinese(String kind) {
        if (kind == null) return null;
        return switch (kind) {
            case "department" -> "政府部门";
            case "government" -> "人民政府";
            case "township" -> "乡镇、街道";
            default -> "未识别";
        };
    }
}
