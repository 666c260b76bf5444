package cn.guifanku.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits: a new standard or a revision of a published one. A revision starts from the published
 * source unless {@code source} is given; a new standard starts from {@code source} or from the GB/T 1.1 template.
 * {@code source}, when given, meets {@link DraftText}'s rule (at most 5 MB of UTF-8 AsciiDoc with a title).
 * {@code plannedEntry} is the 体系编号 of the planned (待制定) entry of the 标准体系表 a new standard fills, if any.
 */
public record NewProposal(@NotNull Proposal.Kind kind,
                          @NotBlank @Size(max = 500) String title,
                          @NotBlank @Size(max = 4000) String scope,
                          @NotBlank @Size(max = 4000) String reason,
                          @Size(max = 64) String targetSlug,
                          String source,
                          @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.-]{0,31}") String plannedEntry) {

    /** A proposal that fills no planned entry of the 标准体系表. */
    public NewProposal(Proposal.Kind kind, String title, String scope, String reason, String targetSlug, String source) {
        this(kind, title, scope, reason, targetSlug, source, null);
    }
}
