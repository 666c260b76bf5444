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

    /**
     * A number as people type it, in the form GB/T 1.1 writes it: any dash between order number and year ("-", "－",
     * "–", "‒", "―", "−", "~") becomes "—", full-width letters, digits, slash and spaces become their ASCII forms, runs of
     * spaces one space, the code capitals and one space before the order number ("wh/t201-2026" → "WH/T 201—2026").
     * What is no number stays what it is, for {@link #parse} to refuse.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.strip().codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF0D) { // full-width ASCII (Ａ, ０, ／) but the full-width hyphen
                out.appendCodePoint(c - 0xFEE0);
            } else if (c == 0x3000) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s+", " ")
                .replaceAll("(?<=[0-9A-Za-z])\\s*[-\uFF0D\u2010\u2011\u2012\u2013\u2015\u2212~\u301C\uFF5E—]+\\s*(?=\\d{4}$)", "—")
                .replaceAll("^([A-Za-z]+(?:/[A-Za-z]+)?)\\s*(?=[0-9])", "$1 ").transform(StandardNumber::upperCode);
    }

    /** The code (WH/T, GB/T) in capitals, whatever case it was typed in. */
    private static String upperCode(String number) {
        java.util.regex.Matcher m = Pattern.compile("^([A-Za-z]+(?:/[A-Za-z]+)?)(\\s)").matcher(number);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) + number.substring(m.group(1).length()) : number;
    }

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
