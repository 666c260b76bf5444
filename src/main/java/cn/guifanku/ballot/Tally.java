package cn.guifanku.ballot;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of a round (each voter's latest vote) with the round's copied rule, and the outcome the ballot rule
 * (bpmn/ballot-rule.dmn) gives for them, explained in words.
 */
public record Tally(int eligible, int voted, int approve, int disapprove, int abstain, int quorumNumerator,
                    int quorumDenominator, int thresholdNumerator, int thresholdDenominator, String outcome) {

    static Tally count(BallotRound round, Collection<Vote> latestVotes) {
        int approve = 0;
        int disapprove = 0;
        int abstain = 0;
        for (Vote v : latestVotes) {
            switch (v.position()) {
                case APPROVE -> approve++;
                case DISAPPROVE -> disapprove++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(round.voters().size(), latestVotes.size(), approve, disapprove, abstain, round.quorumNumerator(),
                round.quorumDenominator(), round.thresholdNumerator(), round.thresholdDenominator(), null);
    }

    Tally withOutcome(String decided) {
        return new Tally(eligible, voted, approve, disapprove, abstain, quorumNumerator, quorumDenominator,
                thresholdNumerator, thresholdDenominator, decided);
    }

    /** The variables the ballot rule reads, as countVotes hands them to the process. */
    public Map<String, Object> variables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("eligible", eligible);
        v.put("voted", voted);
        v.put("approve", approve);
        v.put("disapprove", disapprove);
        v.put("abstain", abstain);
        v.put("quorumNumerator", quorumNumerator);
        v.put("quorumDenominator", quorumDenominator);
        v.put("thresholdNumerator", thresholdNumerator);
        v.put("thresholdDenominator", thresholdDenominator);
        return new HashMap<>(v);
    }

    /** Why the round passes or fails as it stands, in the committee's words (while it is open). */
    public String explanation() {
        return explanation(false);
    }

    /**
     * The same words once the round is counted, in the past tense: what the round decided, not what it would.
     *
     * @param closed whether the round is over
     */
    public String explanation(boolean closed) {
        return countsInWords(closed) + quorumInWords() + thresholdInWords() + verdict(closed);
    }

    /** Who was asked and how they voted: "应投票 6 人，实际投票 6 人（同意 5，不同意 1，弃权 0）。" */
    public String countsInWords(boolean closed) {
        return "应投票 " + eligible + " 人，" + (closed ? "实际投票 " : "已投票 ") + voted + " 人（同意 " + approve
                + "，不同意 " + disapprove + "，弃权 " + abstain + "）。";
    }

    /** The quorum and how many it takes: "法定人数：至少 2/3 的委员参加投票，即 4 人。" */
    public String quorumInWords() {
        return "法定人数：至少 " + quorumNumerator + "/" + quorumDenominator + " 的委员参加投票，即 "
                + ceilDiv(eligible * quorumNumerator, quorumDenominator) + " 人。";
    }

    /** The threshold, and what it asks of the votes cast: "通过条件：同意票不少于所投票数（弃权除外）的 3/4（5 票中至少 4 票）。" */
    public String thresholdInWords() {
        int cast = approve + disapprove;
        String needed = cast == 0 ? "" : "（" + cast + " 票中至少 " + ceilDiv(cast * thresholdNumerator, thresholdDenominator)
                + " 票）";
        return "通过条件：同意票不少于所投票数（弃权除外）的 " + thresholdNumerator + "/" + thresholdDenominator + needed + "。";
    }

    /** The verdict, as it stands (open) or as it was decided (closed). */
    public String verdict(boolean closed) {
        return switch (outcome == null ? "" : outcome) {
            case "NO_QUORUM" -> closed ? "参加投票人数不足法定人数，未能形成有效表决。"
                    : "参加投票人数不足法定人数，目前不能形成有效表决。";
            case "PASS" -> closed ? "已达到法定人数，同意票达到通过条件：投票通过。"
                    : "已达到法定人数，同意票达到通过条件：按目前票数将获通过。";
            case "FAIL" -> closed ? "已达到法定人数，但同意票未达到通过条件：投票未通过。"
                    : "已达到法定人数，但同意票未达到通过条件：按目前票数将不获通过。";
            default -> "";
        };
    }

    private static int ceilDiv(int a, int b) {
        return b == 0 ? 0 : (a + b - 1) / b;
    }
}
