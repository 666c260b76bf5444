package cn.guifanku.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard's number as GB/T 1.1 writes it: {@code 代号 顺序号—年份}, for example {@code WH/T 87.1—2019}.
 *
 * <p>The <b>slug</b>, used in URLs, Git tags and folders, is the designation without the year, lower-cased, with
 * every run of characters other than letters, digits and '.' turned into '-': {@code WH/T 87.1—2019} → {@code wh-t-87.1}.
 * The <b>edition key</b> is the year: the tag of that edition is {@code wh-t-87.1/2019}.
 */
public record StandardNumber(String code, String sequence, String year) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]+(?:/[A-Z]+)?)\\s+([0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*)—(\\d{4})$");

    public static StandardNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("标准编号格式不正确：" + text + "（应为“代号 顺序号—年份”，如 WH/T 87.1—2019）");
        }
        return new StandardNumber(m.group(1), m.group(2), m.group(3));
    }

    /** The number without its year: {@code WH/T 87.1}. */
    public String designation() {
        return code + " " + sequence;
    }

    public String slug() {
        return designation().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
    }

    public String editionKey() {
        return year;
    }

    @Override
    public String toString() {
        return designation() + "—" + year;
    }
}
