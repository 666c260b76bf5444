package cn.guifanku.process;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.guifanku.process.ReviewDelegates.Tally;

/**
 * Every path of the review process {@code standard-review} (bpmn/standard-review.bpmn with its voting rule
 * bpmn/ballot-rule.dmn), on a bare engine with the delegates mocked; the class fails unless every element and every
 * sequence flow of the model is covered.
 *
 * <h2>The contract between the model and the application</h2>
 *
 * <p>Start: {@code startProcessInstanceByKey("standard-review", proposalId, variables)} with {@code proposalId}
 * (String, also the business key), {@code proposerId} (user id), {@code commentPeriod} (ISO-8601 period such as
 * {@code P30D}) and optionally {@code reviewInterval} (ISO-8601 duration, {@code P5Y} when absent). Withdrawal: correlate
 * the message {@code withdrawProposal} by business key; possible until the chair approves, refused afterwards.
 *
 * <p>Service tasks (each a {@code JavaDelegate} bean named like the task):
 * <ul>
 *   <li>{@code openCommentPeriod}: sets {@code commentDeadline} and {@code commentReminder} (java.util.Date, the reminder
 *       before the deadline; a reminder in the past fires at once).</li>
 *   <li>{@code openBallot}: sets {@code voters} (java.util.List&lt;String&gt; of user ids, read once when the ballot
 *       opens; the proposer excluded) and {@code ballotDeadline} (java.util.Date).</li>
 *   <li>{@code countVotes}: sets the Integers {@code eligible}, {@code voted} (members who took part, abstentions
 *       included), {@code approve}, {@code disapprove}, {@code abstain} and the thresholds {@code quorumNumerator},
 *       {@code quorumDenominator}, {@code thresholdNumerator}, {@code thresholdDenominator}; the rule then sets
 *       {@code ballotOutcome}.</li>
 *   <li>{@code extendBallot}: nothing required; may replace {@code voters} (for instance by the members who have not
 *       voted yet). The new {@code ballotDeadline} comes with the completion of {@code quorumDecision}.</li>
 *   <li>{@code publishEdition}: asynchronous, 5 attempts a minute apart (R5/PT1M), then an incident; must be idempotent.</li>
 *   <li>{@code recordRejection}, {@code recordWithdrawal}, {@code remindCommenters}, {@code closeCommentPeriod},
 *       {@code returnToDrafting}, {@code confirmStandard}, {@code startRevision}, {@code withdrawStandard}: no
 *       variables required.</li>
 * </ul>
 *
 * <p>User tasks and the variables their completion must carry:
 * <ul>
 *   <li>{@code formalCheck} (secretariat): {@code formalCheckDecision} = ACCEPT | RETURN | REJECT.</li>
 *   <li>{@code reviseProposal}, {@code drafting}, {@code disposition} (assignee {@code proposerId}): none.</li>
 *   <li>{@code commentPeriod} (secretariat): none (completing closes the period early).</li>
 *   <li>{@code vote} (one per voter, assignee {@code voter}): none, the vote goes to the application's table.</li>
 *   <li>{@code closeBallot} (secretariat): none.</li>
 *   <li>{@code quorumDecision} (secretariat): {@code quorumDecision} = EXTEND (with a new {@code ballotDeadline}) | FAIL.</li>
 *   <li>{@code approval} (chair): {@code approvalDecision} = APPROVE | RETURN.</li>
 *   <li>{@code periodicReview} (secretariat): {@code reviewDecision} = CONFIRM | REVISE | WITHDRAW.</li>
 * </ul>
 * Any other decision value is refused: the completion fails and the task stays open.
 */
@Deployment(resources = {"bpmn/standard-review.bpmn", "bpmn/ballot-rule.dmn"})
class StandardReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
      .builder(ProcessTestSupport.CONFIGURATION)
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String PROPOSAL = "TC389-2026-007";
  static final String PROPOSER = "zhao";
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.systemDefault());

  ReviewDelegates delegates = new ReviewDelegates();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    delegates.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ the paths

  @Test
  void proposalGoesThroughEveryStageToPublicationAndThenAwaitsItsPeriodicReview() {
    ProcessInstance pi = start();
    assertThat(pi).isStarted().hasBusinessKey(PROPOSAL).isWaitingAtExactly("review", "formalCheck");
    assertThat(task("formalCheck", pi)).hasName("立项审查").hasCandidateGroup("secretariat");

    acceptAtFormalCheck(pi);
    assertThat(task("drafting", pi)).hasName("起草").isAssignedTo(PROPOSER);
    sendDraft(pi);
    assertThat(task("commentPeriod", pi)).hasName("征求意见").hasCandidateGroup("secretariat");
    closeCommentPeriodEarly(pi);
    assertThat(task("disposition", pi)).hasName("意见处理").isAssignedTo(PROPOSER);
    disposeComments(pi);

    assertThat(pi).isWaitingAt("vote", "closeBallot");
    runBallot(pi, Tally.passing());
    assertThat(pi).variables().containsEntry("ballotOutcome", "PASS");
    assertThat(task("approval", pi)).hasName("批准").hasCandidateGroup("chair");
    approve(pi);

    assertThat(pi).isWaitingAtExactly("publishEdition");
    // R5/PT1M: five attempts in all, a minute apart
    assertThat(job("publishEdition", pi).getRetries()).isEqualTo(5);
    execute(job("publishEdition", pi));

    assertThat(pi).isWaitingAtExactly("reviewDue").hasPassed("reviewCompleted");
    // no reviewInterval given: the next review is due in five years
    assertThat(job("reviewDue", pi).getDuedate()).isEqualTo(date(NOW.plusYears(5)));
    assertThat(delegates.calls).containsExactly(
        "openCommentPeriod", "closeCommentPeriod", "openBallot", "countVotes", "publishEdition");
    assertThat(pi).hasPassedInOrder("proposalSubmitted", "formalCheck", "drafting", "openCommentPeriod",
        "commentPeriod", "closeCommentPeriod", "disposition", "openBallot", "countVotes", "ballotRule", "approval",
        "publishEdition");
  }

  @Test
  void returnedProposalGoesBackToItsProposerAndIsCheckedAgain() {
    ProcessInstance pi = start();
    complete(task("formalCheck", pi), withVariables("formalCheckDecision", "RETURN"));

    assertThat(pi).isWaitingAtExactly("review", "reviseProposal");
    assertThat(task("reviseProposal", pi)).hasName("修改提案").isAssignedTo(PROPOSER);
    complete(task("reviseProposal", pi));

    assertThat(pi).isWaitingAtExactly("review", "formalCheck");
    acceptAtFormalCheck(pi);
    assertThat(pi).isWaitingAtExactly("review", "drafting");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("formalCheck").count()).isEqualTo(2);
  }

  @Test
  void rejectedProposalIsRecordedAndEndsWithoutDrafting() {
    ProcessInstance pi = start();
    complete(task("formalCheck", pi), withVariables("formalCheckDecision", "REJECT"));

    assertThat(pi).isEnded()
        .hasPassedInOrder("formalCheck", "rejectedAtFormalCheck", "proposalRejected", "recordRejection", "rejected")
        .hasNotPassed("drafting", "publishEdition");
    assertThat(delegates.calls).containsExactly("recordRejection");
  }

  @Test
  void unknownDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = start();
    Task formalCheck = task("formalCheck", pi);

    assertThatThrownBy(() -> complete(formalCheck, withVariables("formalCheckDecision", "MAYBE")))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(pi).isWaitingAtExactly("review", "formalCheck");
    assertThat(task("formalCheck", pi).getId()).isEqualTo(formalCheck.getId());
  }

  @Test
  void secretariatClosesTheCommentPeriodEarlyAndNoReminderIsSent() {
    ProcessInstance pi = toCommentPeriod();
    assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(2);

    closeCommentPeriodEarly(pi);

    assertThat(pi).isWaitingAtExactly("review", "disposition")
        .hasPassed("closeCommentPeriod")
        .hasNotPassed("commentDeadlineReached", "commentReminderDue", "remindCommenters");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void commentPeriodEndsAtItsDeadlineWithTheReminderSentBefore() {
    ProcessInstance pi = toCommentPeriod();
    Date deadline = (Date) runtimeService().getVariable(pi.getId(), "commentDeadline");
    Date reminder = (Date) runtimeService().getVariable(pi.getId(), "commentReminder");
    assertThat(deadline).isEqualTo(date(NOW.plusDays(30)));
    assertThat(reminder).isEqualTo(date(NOW.plusDays(23)));
    assertThat(job("commentReminderDue", pi).getDuedate()).isEqualTo(reminder);
    assertThat(job("commentDeadlineReached", pi).getDuedate()).isEqualTo(deadline);

    ClockUtil.setCurrentTime(reminder);
    execute(job("commentReminderDue", pi));
    // the reminder does not end the period
    assertThat(pi).isWaitingAtExactly("review", "commentPeriod").hasPassed("remindCommenters", "reminderSent");
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId("commentReminderDue").count()).isZero();

    ClockUtil.setCurrentTime(deadline);
    execute(job("commentDeadlineReached", pi));

    assertThat(pi).isWaitingAtExactly("review", "disposition").hasPassed("commentDeadlineReached", "closeCommentPeriod");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("commentPeriod").count()).isZero();
    assertThat(delegates.calls).containsExactly("openCommentPeriod", "remindCommenters", "closeCommentPeriod");
  }

  @Test
  void ballotStaysOpenWhenEveryMemberHasVotedUntilTheSecretariatClosesIt() {
    ProcessInstance pi = toBallot();
    List<Task> votes = voteTasks(pi);
    assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(delegates.voters);
    assertThat(votes).extracting(Task::getName).containsOnly("投票");
    assertThat(task("closeBallot", pi)).hasName("结束投票").hasCandidateGroup("secretariat");

    castVotes(pi, votes.size());

    assertThat(voteTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAtExactly("review", "ballot", "closeBallot").hasPassed("votesCast").hasNotPassed("countVotes");
    assertThat(job("ballotDeadlineReached", pi)).isNotNull();

    delegates.tallies.add(Tally.passing());
    complete(task("closeBallot", pi));
    assertThat(pi).isWaitingAtExactly("review", "approval").hasPassed("ballotClosed", "countVotes", "ballotRule");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void secretariatClosesTheBallotWhileVotesAreStillOpenAndTheyAreCancelled() {
    ProcessInstance pi = toBallot();
    castVotes(pi, 4);
    assertThat(voteTasks(pi)).hasSize(2);

    delegates.tallies.add(Tally.passing());
    complete(task("closeBallot", pi));

    assertThat(voteTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAtExactly("review", "approval").hasNotPassed("votesCast");
  }

  @Test
  void ballotClosesAtItsDeadlineCancellingTheOpenVotes() {
    ProcessInstance pi = toBallot();
    Date ballotDeadline = (Date) runtimeService().getVariable(pi.getId(), "ballotDeadline");
    assertThat(job("ballotDeadlineReached", pi).getDuedate()).isEqualTo(ballotDeadline);
    castVotes(pi, 5);

    delegates.tallies.add(Tally.passing());
    ClockUtil.setCurrentTime(ballotDeadline);
    execute(job("ballotDeadlineReached", pi));

    assertThat(voteTasks(pi)).isEmpty();
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("closeBallot").count()).isZero();
    assertThat(pi).isWaitingAtExactly("review", "approval")
        .hasPassed("ballotDeadlineReached", "countVotes")
        .hasNotPassed("ballotClosed");
  }

  @Test
  void failedBallotReturnsTheDraftToDraftingAndASecondBallotPasses() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.failing());

    assertThat(pi).variables().containsEntry("ballotOutcome", "FAIL");
    assertThat(pi).isWaitingAtExactly("review", "drafting").hasPassed("returnToDrafting");
    assertThat(task("drafting", pi)).isAssignedTo(PROPOSER);

    // the revised draft goes out for comment again, then to a second ballot
    sendDraft(pi);
    closeCommentPeriodEarly(pi);
    disposeComments(pi);
    runBallot(pi, Tally.passing());

    assertThat(pi).isWaitingAtExactly("review", "approval");
    assertThat(pi).variables().containsEntry("ballotOutcome", "PASS");
    assertThat(delegates.count("openBallot")).isEqualTo(2);
    assertThat(delegates.count("countVotes")).isEqualTo(2);
  }

  @Test
  void ballotWithoutQuorumIsExtendedWithANewDeadlineAndThenPasses() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.withoutQuorum());

    assertThat(pi).variables().containsEntry("ballotOutcome", "NO_QUORUM");
    assertThat(pi).isWaitingAtExactly("review", "quorumDecision");
    assertThat(task("quorumDecision", pi)).hasName("法定人数不足").hasCandidateGroup("secretariat");

    Date newDeadline = date(NOW.plusDays(21));
    delegates.votersAfterExtension = List.of("liu", "chen", "yang");
    complete(task("quorumDecision", pi), withVariables("quorumDecision", "EXTEND", "ballotDeadline", newDeadline));

    // a new round of the ballot, for the members who have not voted, until the new deadline
    assertThat(pi).isWaitingAt("vote", "closeBallot").hasPassed("extendBallot");
    assertThat(voteTasks(pi)).extracting(Task::getAssignee).containsExactlyInAnyOrder("liu", "chen", "yang");
    assertThat(job("ballotDeadlineReached", pi).getDuedate()).isEqualTo(newDeadline);

    runBallot(pi, Tally.passing());
    assertThat(pi).isWaitingAtExactly("review", "approval");
    assertThat(delegates.calls).containsSubsequence("countVotes", "extendBallot", "countVotes");
    assertThat(delegates.count("openBallot")).isEqualTo(1);
  }

  @Test
  void extendedBallotWithNobodyLeftToVoteStillWaitsForTheSecretariat() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.withoutQuorum());

    delegates.votersAfterExtension = List.of();
    complete(task("quorumDecision", pi),
        withVariables("quorumDecision", "EXTEND", "ballotDeadline", date(NOW.plusDays(21))));

    assertThat(voteTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAtExactly("review", "ballot", "closeBallot");
    assertThat(job("ballotDeadlineReached", pi).getDuedate()).isEqualTo(date(NOW.plusDays(21)));
  }

  @Test
  void ballotWithoutQuorumDeclaredFailedReturnsTheDraftToDrafting() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.withoutQuorum());

    complete(task("quorumDecision", pi), withVariables("quorumDecision", "FAIL"));

    assertThat(pi).isWaitingAtExactly("review", "drafting").hasPassed("returnToDrafting").hasNotPassed("extendBallot");
  }

  @Test
  void chairReturnsTheDraftToDrafting() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.passing());

    complete(task("approval", pi), withVariables("approvalDecision", "RETURN"));

    assertThat(pi).isWaitingAtExactly("review", "drafting").hasPassed("returnToDrafting").hasNotPassed("publishEdition");
  }

  @Test
  void proposalWithdrawnDuringDrafting() {
    ProcessInstance pi = start();
    acceptAtFormalCheck(pi);

    withdraw();

    assertThat(pi).isEnded().hasPassed("proposalWithdrawn", "recordWithdrawal", "withdrawn").hasNotPassed("openCommentPeriod");
    assertThat(delegates.calls).containsExactly("recordWithdrawal");
  }

  @Test
  void proposalWithdrawnDuringTheBallotCancelsTheVotesAndTheDeadline() {
    ProcessInstance pi = toBallot();
    castVotes(pi, 2);

    withdraw();

    assertThat(pi).isEnded().hasPassed("recordWithdrawal", "withdrawn").hasNotPassed("countVotes");
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void proposalCanNoLongerBeWithdrawnOnceApproved() {
    ProcessInstance pi = toBallot();
    runBallot(pi, Tally.passing());
    approve(pi);

    assertThatThrownBy(this::withdraw).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).isWaitingAtExactly("publishEdition");
  }

  @Test
  void publicationFailingFiveTimesRaisesAnIncidentAndSucceedsOnceRetried() {
    ProcessInstance pi = toPublication();
    String jobId = job("publishEdition", pi).getId();
    delegates.publicationFailures = Integer.MAX_VALUE;

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("渲染失败");
      Job failed = managementService().createJobQuery().jobId(jobId).singleResult();
      assertThat(failed.getRetries()).as("retries after attempt %d", attempt).isEqualTo(5 - attempt);
      if (attempt < 5) {
        // the next attempt one minute later
        assertThat(failed.getDuedate()).isEqualTo(date(NOW.plusMinutes(1)));
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
      }
    }
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("publishEdition");
    assertThat(incident.getIncidentMessage()).contains("渲染失败");
    assertThat(pi).isWaitingAtExactly("publishEdition");

    // an administrator fixes the cause and retries (Cockpit: "Increment number of retries")
    delegates.publicationFailures = 0;
    managementService().setJobRetries(jobId, 1);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    execute(job("publishEdition", pi));

    assertThat(pi).isWaitingAtExactly("reviewDue");
    assertThat(delegates.count("publishEdition")).isEqualTo(6);
  }

  @Test
  void periodicReviewConfirmsTheStandardAndWaitsForTheNextReview() {
    ProcessInstance pi = toPublication(Map.of("reviewInterval", "P3Y"));
    execute(job("publishEdition", pi));
    assertThat(job("reviewDue", pi).getDuedate()).isEqualTo(date(NOW.plusYears(3)));

    ZonedDateTime due = NOW.plusYears(3);
    ClockUtil.setCurrentTime(date(due));
    execute(job("reviewDue", pi));
    assertThat(task("periodicReview", pi)).hasName("复审").hasCandidateGroup("secretariat");
    complete(task("periodicReview", pi), withVariables("reviewDecision", "CONFIRM"));

    assertThat(pi).isWaitingAtExactly("reviewDue").hasPassed("confirmStandard");
    assertThat(job("reviewDue", pi).getDuedate()).isEqualTo(date(due.plusYears(3)));

    // and again at the next review
    execute(job("reviewDue", pi));
    assertThat(pi).isWaitingAtExactly("periodicReview");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("periodicReview").count()).isEqualTo(2);
  }

  @Test
  void periodicReviewStartsARevision() {
    ProcessInstance pi = toPeriodicReview();

    complete(task("periodicReview", pi), withVariables("reviewDecision", "REVISE"));

    assertThat(pi).isEnded().hasPassed("startRevision", "revisionStarted").hasNotPassed("withdrawStandard");
  }

  @Test
  void periodicReviewWithdrawsTheStandard() {
    ProcessInstance pi = toPeriodicReview();

    complete(task("periodicReview", pi), withVariables("reviewDecision", "WITHDRAW"));

    assertThat(pi).isEnded().hasPassed("withdrawStandard", "standardWithdrawn").hasNotPassed("startRevision");
  }

  // ------------------------------------------------------------------ steps

  private ProcessInstance start() {
    return start(Map.of());
  }

  private ProcessInstance start(Map<String, Object> more) {
    VariableMap variables = Variables.createVariables()
        .putValue("proposalId", PROPOSAL)
        .putValue("proposerId", PROPOSER)
        .putValue("commentPeriod", "P30D");
    variables.putAll(more);
    return runtimeService().startProcessInstanceByKey("standard-review", PROPOSAL, variables);
  }

  private void acceptAtFormalCheck(ProcessInstance pi) {
    complete(task("formalCheck", pi), withVariables("formalCheckDecision", "ACCEPT"));
  }

  private void sendDraft(ProcessInstance pi) {
    complete(task("drafting", pi));
  }

  private void closeCommentPeriodEarly(ProcessInstance pi) {
    complete(task("commentPeriod", pi));
  }

  private void disposeComments(ProcessInstance pi) {
    complete(task("disposition", pi));
  }

  private void approve(ProcessInstance pi) {
    complete(task("approval", pi), withVariables("approvalDecision", "APPROVE"));
  }

  private List<Task> voteTasks(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("vote").list();
  }

  /** Members complete {@code count} open vote tasks; each completion continues in its own job (asyncAfter). */
  private void castVotes(ProcessInstance pi, int count) {
    voteTasks(pi).stream().limit(count).forEach(vote -> complete(vote));
    for (Job continuation : jobQuery().processInstanceId(pi.getId()).messages().list()) {
      execute(continuation);
    }
  }

  /** A whole round: everybody votes, the secretariat closes the ballot, the votes are counted as {@code tally}. */
  private void runBallot(ProcessInstance pi, Tally tally) {
    castVotes(pi, Integer.MAX_VALUE);
    delegates.tallies.add(tally);
    complete(task("closeBallot", pi));
  }

  private void withdraw() {
    runtimeService().createMessageCorrelation("withdrawProposal").processInstanceBusinessKey(PROPOSAL).correlate();
  }

  private ProcessInstance toCommentPeriod() {
    ProcessInstance pi = start();
    acceptAtFormalCheck(pi);
    sendDraft(pi);
    assertThat(pi).isWaitingAtExactly("review", "commentPeriod");
    return pi;
  }

  private ProcessInstance toBallot() {
    return toBallot(Map.of());
  }

  private ProcessInstance toBallot(Map<String, Object> more) {
    ProcessInstance pi = start(more);
    acceptAtFormalCheck(pi);
    sendDraft(pi);
    closeCommentPeriodEarly(pi);
    disposeComments(pi);
    assertThat(pi).isWaitingAt("vote", "closeBallot");
    return pi;
  }

  private ProcessInstance toPublication() {
    return toPublication(Map.of());
  }

  private ProcessInstance toPublication(Map<String, Object> more) {
    ProcessInstance pi = toBallot(more);
    runBallot(pi, Tally.passing());
    approve(pi);
    assertThat(pi).isWaitingAtExactly("publishEdition");
    return pi;
  }

  private ProcessInstance toPeriodicReview() {
    ProcessInstance pi = toPublication();
    execute(job("publishEdition", pi));
    execute(job("reviewDue", pi));
    assertThat(pi).isWaitingAtExactly("periodicReview");
    return pi;
  }

  private static Date date(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }
}
