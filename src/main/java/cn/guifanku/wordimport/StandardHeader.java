package cn.guifanku.wordimport;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document header of {@code standard.adoc} in our template's attributes, filled from what the Word file has — its
 * cover (number, ICS, CCS, type, English title, dates, issuer), its core properties' title and its 前言's sentences
 * (提出, 归口, 起草单位) — and from the template where it has nothing (those are named in the report).
 */
final class StandardHeader {

    private static final Pattern NUMBER = Pattern.compile(
            "^((?:T/[A-Z0-9]+|[A-Z]{1,4}(?:/[TZ])?|DB\\d{2}(?:/[TZ])?))[\\s\\u3000]*(\\d+(?:\\.\\d+)*)[\\s\\u3000]*[—–－-]+[\\s\\u3000]*(\\d{4})$");
    private static final Pattern ICS = Pattern.compile("ICS[\\s\\u3000]*([\\d.]+)");
    private static final Pattern CCS = Pattern.compile("CCS[\\s\\u3000]*([A-Z])[\\s\\u3000]*(\\d{2})");
    private static final Pattern ISSUED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[\\s\\u3000]*发布");
    private static final Pattern EFFECTIVE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[\\s\\u3000]*实施");
    private static final Pattern ISSUER = Pattern.compile("^(\\S.*?)[\\s\\u3000]*发布$");
    private static final Pattern TYPE = Pattern.compile("^中华人民共和国\\S*标准$|^\\S*(?:团体|地方)标准$");
    private static final Pattern ENGLISH = Pattern.compile("^[A-Za-z][A-Za-z0-9 ,.:;'’()/—–-]{3,}$");
    private static final Pattern IGNORED = Pattern.compile("^(?:代替.*|[（(]?(?:征求意见稿|送审稿|报批稿)[)）]?|备案号.*|[—–-]+)$");
    private static final Pattern PROPOSER = Pattern.compile("^本文件由(.+?)提出。?$");
    private static final Pattern COMMITTEE = Pattern.compile("^本文件由(.+?)归口。?$");
    private static final Pattern DRAFTERS = Pattern.compile("^本文件(?:主要)?起草单位[:：](.+?)。?$");

    /** The template's attributes in their order, with the template's values. */
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> found = new ArrayList<>();
    private String title;

    StandardHeader(Year year) {
        attributes.put("std-number", "WH/T 0—" + year);
        attributes.put("std-type", "中华人民共和国文化行业标准");
        attributes.put("std-title-en", "(English title)");
        attributes.put("std-ics", "01.140.20");
        attributes.put("std-ccs", "A14");
        attributes.put("std-issued", year + "-01-01");
        attributes.put("std-effective", year + "-07-01");
        attributes.put("std-issuer", "中华人民共和国文化和旅游部");
        attributes.put("std-proposer", "中华人民共和国文化和旅游部");
        attributes.put("std-committee", "全国图书馆标准化技术委员会（SAC/TC 389）");
        attributes.put("std-drafters", "（起草单位）");
    }

    /** Reads a line of the cover; false when it is none of the cover's fields (it goes to the report). */
    boolean cover(String text, boolean titleStyle) {
        String t = text.strip().replaceAll("[\\s\\u3000]+", " ");
        boolean known = false;
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            return set("std-number", m.group(1) + " " + m.group(2) + "—" + m.group(3));
        }
        if ((m = ICS.matcher(t)).find()) {
            known = set("std-ics", m.group(1));
        }
        if ((m = CCS.matcher(t)).find()) {
            known = set("std-ccs", m.group(1) + m.group(2));
        }
        if ((m = ISSUED.matcher(t)).find()) {
            known = set("std-issued", m.group(1));
        }
        if ((m = EFFECTIVE.matcher(t)).find()) {
            known = set("std-effective", m.group(1));
        }
        if (known || IGNORED.matcher(t).matches()) {
            return true;
        }
        if ((m = ISSUER.matcher(t)).matches()) {
            return set("std-issuer", m.group(1));
        }
        if (TYPE.matcher(t).matches()) {
            return set("std-type", t);
        }
        if (ENGLISH.matcher(t).matches() && !found.contains("std-title-en")) {
            return set("std-title-en", t);
        }
        if ((titleStyle || title == null) && t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            title = t;
            return true;
        }
        return false;
    }

    /** Reads a sentence of the 前言 for who proposed the standard, who is responsible and who drafted it. */
    void preface(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = COMMITTEE.matcher(t)).matches()) {
            set("std-committee", m.group(1));
        } else if ((m = PROPOSER.matcher(t)).matches()) {
            set("std-proposer", m.group(1));
        } else if ((m = DRAFTERS.matcher(t)).matches()) {
            set("std-drafters", m.group(1));
        }
    }

    /** The standard's name as the cover gave it (or null). */
    String title() {
        return title;
    }

    /** The title from the core properties, used when the cover has none. */
    void titleFromProperties(String propertiesTitle) {
        if (title == null && propertiesTitle != null && !propertiesTitle.isBlank()) {
            title = propertiesTitle.strip();
        }
    }

    private boolean set(String name, String value) {
        attributes.put(name, value.replace("\n", " ").strip());
        found.add(name);
        return true;
    }

    /** The attributes the document did not give (their Chinese names), for the report. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (title == null) {
            missing.add("标准名称");
        }
        Map<String, String> names = Map.of("std-number", "标准编号", "std-title-en", "英文名称", "std-ics", "ICS",
                "std-ccs", "CCS", "std-issued", "发布日期", "std-effective", "实施日期", "std-drafters", "起草单位");
        attributes.keySet().stream().filter(names::containsKey).filter(a -> !found.contains(a)).map(names::get)
                .forEach(missing::add);
        return missing;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("= " + (title == null ? "（标准名称）" : title));
        attributes.forEach((name, value) -> lines.add(":" + name + ": " + value));
        lines.addAll(List.of(":doctype: book", ":sectnums:", ":sectnumlevels: 5", ":toc:", ":toclevels: 2", ""));
        return lines;
    }
}
