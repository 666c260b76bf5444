package cn.guifanku.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits: a new standard or a revision of a published one. A revision starts from the published
 * source unless {@code source} is given; a new standard starts from {@code source} or from the GB/T 1.1 template.
 */
public record NewProposal(@NotNull Proposal.Kind kind,
                          @NotBlank @Size(max = 500) String title,
                          @NotBlank @Size(max = 4000) String scope,
                          @NotBlank @Size(max = 4000) String reason,
                          @Size(max = 64) String targetSlug,
                          @Size(max = 500_000) String source) {
}
