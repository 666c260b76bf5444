package cn.guifanku.proposal;

import cn.guifanku.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What 我的待办 shows besides the review process's own tasks, from the features that know it: a comment period open
 * to a committee member (review), the notices mailed to the person (notification). Each feature provides a bean.
 */
public interface WorkbenchItems {

    List<Item> itemsFor(Actor actor, Locale locale);

    /**
     * One line of 我的待办.
     *
     * @param what       what is asked or told, in the reader's language ("提出意见", "投票结果：通过")
     * @param hint       one more sentence (the state of what is asked: "您已提出 2 条意见"), or null
     * @param proposalId the proposal it concerns, or null
     * @param link       the page where it is done or read
     * @param due        by when (null: no deadline)
     * @param at         when it was told (a notice), or null
     * @param notice     something told (a result, a reminder) rather than something to do
     */
    record Item(String what, String hint, String proposalId, String link, Instant due, Instant at, boolean notice) {
    }
}
