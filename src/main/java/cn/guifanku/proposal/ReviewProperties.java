package cn.guifanku.proposal;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The committee's time limits and voting rule, copied into each proposal's process and each ballot round when they
 * start, so that a change here never moves a running review.
 *
 * @param commentPeriod   征求意见 lasts this long (GB/T 16733 allows up to two months)
 * @param reminderBefore  a reminder goes out this long before the comment deadline
 * @param ballotPeriod    a ballot round lasts this long unless the secretariat closes or extends it
 * @param reviewInterval  复审 falls due this long after publication (at most five years)
 * @param quorum          share of eligible members who must vote (abstentions count as voting), as "2/3"
 * @param threshold       share of votes cast, abstentions excluded, that must approve, as "3/4"
 */
@ConfigurationProperties("guifanku.review")
public record ReviewProperties(@DefaultValue("P30D") Duration commentPeriod, @DefaultValue("P5D") Duration reminderBefore,
                               @DefaultValue("P14D") Duration ballotPeriod, @DefaultValue("P5Y") Period reviewInterval,
                               @DefaultValue("2/3") String quorum, @DefaultValue("3/4") String threshold) {

    /** Numerator and denominator of "2/3". */
    public static int[] fraction(String text) {
        String[] parts = text.strip().split("/");
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }
}
