package com.niasotac.platform.persistence;

/** LIKE patterns from literal text: the text's own % and _ match only themselves (escape character \). */
public final class Like {

    private Like() {}

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String prefix(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
