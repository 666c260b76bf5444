package cn.guifanku.process;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the application's delegate beans, one per service task of {@code standard-review}, registered under the
 * names the model resolves ({@code camunda:delegateExpression="${<taskId>}"}). Each records that it ran and sets the
 * variables the real bean must set (see {@link StandardReviewProcessTest} for the contract); the test steers the
 * paths through {@link #voters}, {@link #tallies} and {@link #publicationFailures}.
 */
final class ReviewDelegates {

  /** Every service task of the model: each id is also the name of its delegate bean. */
  static final List<String> SERVICE_TASKS = List.of(
      "recordRejection", "recordWithdrawal", "openCommentPeriod", "remindCommenters", "closeCommentPeriod",
      "openBallot", "countVotes", "extendBallot", "returnToDrafting", "publishEdition",
      "confirmStandard", "startRevision", "withdrawStandard");

  /** The reminder goes out this long before the end of the comment period. */
  static final Duration REMINDER_BEFORE_DEADLINE = Duration.ofDays(7);
  /** A ballot is open this long. */
  static final Duration BALLOT_LENGTH = Duration.ofDays(14);

  /** The counts of one ballot round, as {@code countVotes} reads them from the application's vote table. */
  record Tally(int eligible, int approve, int disapprove, int abstain) {
    int voted() {
      return approve + disapprove + abstain;
    }

    /** 6 eligible, all take part, 5 of 6 approve: passes. */
    static Tally passing() {
      return new Tally(6, 5, 1, 0);
    }

    /** 6 eligible, 5 take part, 2 approve and 3 disapprove: fails. */
    static Tally failing() {
      return new Tally(6, 2, 3, 0);
    }

    /** 6 eligible, 3 take part: below two thirds. */
    static Tally withoutQuorum() {
      return new Tally(6, 3, 0, 0);
    }
  }

  /** Which delegates ran, in order. */
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  /** The members {@code openBallot} calls to vote. */
  List<String> voters = List.of("wang", "li", "zhang", "liu", "chen", "yang");
  /** If set, {@code extendBallot} narrows {@code voters} to these (the members who have not voted yet). */
  List<String> votersAfterExtension;
  /** The counts {@code countVotes} reports, one per ballot round. */
  final Deque<Tally> tallies = new ArrayDeque<>();
  /** How many more times {@code publishEdition} fails. */
  int publicationFailures;

  void register() {
    for (String name : SERVICE_TASKS) {
      Mocks.register(name, (JavaDelegate) execution -> {
        calls.add(name);
        run(name, execution);
      });
    }
  }

  long count(String delegate) {
    return calls.stream().filter(delegate::equals).count();
  }

  private void run(String name, DelegateExecution execution) {
    switch (name) {
      case "openCommentPeriod" -> {
        Period period = Period.parse((String) execution.getVariable("commentPeriod"));
        ZonedDateTime deadline = now().plus(period);
        execution.setVariable("commentDeadline", Date.from(deadline.toInstant()));
        execution.setVariable("commentReminder", Date.from(deadline.minus(REMINDER_BEFORE_DEADLINE).toInstant()));
      }
      case "openBallot" -> {
        execution.setVariable("voters", new ArrayList<>(voters));
        execution.setVariable("ballotDeadline", Date.from(now().plus(BALLOT_LENGTH).toInstant()));
      }
      case "extendBallot" -> {
        if (votersAfterExtension != null) {
          execution.setVariable("voters", new ArrayList<>(votersAfterExtension));
        }
      }
      case "countVotes" -> {
        Tally tally = tallies.remove();
        execution.setVariable("eligible", tally.eligible());
        execution.setVariable("voted", tally.voted());
        execution.setVariable("approve", tally.approve());
        execution.setVariable("disapprove", tally.disapprove());
        execution.setVariable("abstain", tally.abstain());
        execution.setVariable("quorumNumerator", 2);
        execution.setVariable("quorumDenominator", 3);
        execution.setVariable("thresholdNumerator", 3);
        execution.setVariable("thresholdDenominator", 4);
      }
      case "publishEdition" -> {
        if (publicationFailures > 0) {
          publicationFailures--;
          throw new IllegalStateException("渲染失败：3.2 引用了不存在的文件");
        }
      }
      default -> {
        // records only
      }
    }
  }

  private static ZonedDateTime now() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
