package cn.guifanku.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What a standard's header says about it (the {@code :std-*:} document attributes).
 *
 * @param number    full number with year, for example {@code WH/T 201—2024} (em dash before the year)
 * @param replaces  numbers of the editions or standards this one replaces (may be empty)
 * @param issued    the 发布 date; null only for a draft whose header leaves it out
 * @param effective the 实施 date; null only for a draft whose header leaves it out
 */
public record StandardMetadata(
        String number,
        String titleZh,
        String titleEn,
        String documentType,
        String ics,
        String ccs,
        LocalDate issued,
        LocalDate effective,
        List<String> replaces,
        String issuer,
        String proposer,
        String committee,
        String drafters) {

    public StandardMetadata {
        replaces = List.copyOf(replaces);
    }
}
