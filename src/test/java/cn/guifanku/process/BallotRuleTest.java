package cn.guifanku.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The voting rule {@code ballot-rule} (bpmn/ballot-rule.dmn) on its own, on the boundaries of the committee's rule:
 * a quorum of two thirds of the eligible members taking part (abstentions count as taking part), and three quarters
 * of the votes cast in favour (abstentions are not votes cast).
 */
@Deployment(resources = "bpmn/ballot-rule.dmn")
class BallotRuleTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestSupport.CONFIGURATION)
      .build();

  /** The rule with the committee's current thresholds: quorum 2/3, pass 3/4. */
  private String outcome(int eligible, int approve, int disapprove, int abstain) {
    return outcome(eligible, approve, disapprove, abstain, 2, 3, 3, 4);
  }

  private String outcome(int eligible, int approve, int disapprove, int abstain,
      int quorumNumerator, int quorumDenominator, int thresholdNumerator, int thresholdDenominator) {
    VariableMap variables = Variables.createVariables()
        .putValue("eligible", eligible)
        .putValue("voted", approve + disapprove + abstain)
        .putValue("approve", approve)
        .putValue("disapprove", disapprove)
        .putValue("abstain", abstain)
        .putValue("quorumNumerator", quorumNumerator)
        .putValue("quorumDenominator", quorumDenominator)
        .putValue("thresholdNumerator", thresholdNumerator)
        .putValue("thresholdDenominator", thresholdDenominator);
    DecisionService decisionService = engine.getDecisionService();
    return decisionService.evaluateDecisionByKey("ballot-rule")
        .variables(variables)
        .evaluate()
        .getSingleResult()
        .getSingleEntry();
  }

  @Test
  void fourOfSixTakingPartIsExactlyTwoThirdsAndMakesTheQuorum() {
    assertThat(outcome(6, 4, 0, 0)).isEqualTo("PASS");
    assertThat(outcome(6, 3, 1, 0)).isEqualTo("PASS");
  }

  @Test
  void threeOfSixTakingPartIsNoQuorum() {
    assertThat(outcome(6, 3, 0, 0)).isEqualTo("NO_QUORUM");
    assertThat(outcome(6, 0, 0, 0)).isEqualTo("NO_QUORUM");
  }

  @Test
  void noQuorumWinsOverAnyCount() {
    // unanimous, but too few took part
    assertThat(outcome(9, 5, 0, 0)).isEqualTo("NO_QUORUM");
  }

  @Test
  void threeApproveOneDisapproveIsExactlyThreeQuartersAndPasses() {
    assertThat(outcome(4, 3, 1, 0)).isEqualTo("PASS");
    assertThat(outcome(6, 3, 1, 0)).isEqualTo("PASS");
  }

  @Test
  void twoApproveOneDisapproveFails() {
    assertThat(outcome(3, 2, 1, 0)).isEqualTo("FAIL");
    assertThat(outcome(6, 2, 1, 1)).isEqualTo("FAIL");
  }

  @Test
  void abstentionsCountForTheQuorumButNotAgainstTheProposal() {
    // 3 approve, 1 disapprove, 2 abstain: 6 of 6 took part, 3 of the 4 votes cast approve
    assertThat(outcome(6, 3, 1, 2)).isEqualTo("PASS");
    // 2 approve and 2 abstain: the quorum is made only thanks to the abstentions, and both votes cast approve
    assertThat(outcome(6, 2, 0, 2)).isEqualTo("PASS");
    // the same abstentions, one more disapprove: 2 of 3 votes cast is below 3/4
    assertThat(outcome(6, 2, 1, 2)).isEqualTo("FAIL");
  }

  @Test
  void allAbstainingIsNoDecisionInFavourAndFails() {
    assertThat(outcome(6, 0, 0, 6)).isEqualTo("FAIL");
    assertThat(outcome(6, 0, 0, 4)).isEqualTo("FAIL");
  }

  @Test
  void unanimousDisapprovalFails() {
    assertThat(outcome(6, 0, 5, 0)).isEqualTo("FAIL");
  }

  @Test
  void theThresholdsComeFromTheInputsSoTheCommitteeCanChangeThem() {
    // 3 of 6 is no quorum at 2/3, but is one at 1/2
    assertThat(outcome(6, 3, 0, 0, 1, 2, 3, 4)).isEqualTo("PASS");
    // 2 of 6 is still no quorum at 1/2
    assertThat(outcome(6, 2, 0, 0, 1, 2, 3, 4)).isEqualTo("NO_QUORUM");
    // 2 approve, 1 disapprove fails at 3/4 but passes at a simple 2/3 majority ...
    assertThat(outcome(3, 2, 1, 0, 2, 3, 2, 3)).isEqualTo("PASS");
    // ... and at a threshold of 1/2 a tie (exactly half in favour) passes, a minority in favour does not
    assertThat(outcome(2, 1, 1, 0, 2, 3, 1, 2)).isEqualTo("PASS");
    assertThat(outcome(3, 1, 2, 0, 2, 3, 1, 2)).isEqualTo("FAIL");
  }

  @Test
  void largeCommitteesAreComputedWithoutRounding() {
    // 2/3 of 100 is 66.67: 66 is short, 67 is enough
    assertThat(outcome(100, 66, 0, 0)).isEqualTo("NO_QUORUM");
    assertThat(outcome(100, 67, 0, 0)).isEqualTo("PASS");
    // 3/4 of 67 cast is 50.25: 50 approve is short, 51 is enough
    assertThat(outcome(100, 50, 17, 0)).isEqualTo("FAIL");
    assertThat(outcome(100, 51, 16, 0)).isEqualTo("PASS");
  }

  @Test
  void theDecisionIsDeployedWithItsName() {
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("ballot-rule").singleResult().getName()).isEqualTo("表决规则");
  }
}
