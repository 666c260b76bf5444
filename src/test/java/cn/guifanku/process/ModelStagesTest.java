package cn.guifanku.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Where a proposal stands while each of the people's tasks is open: the process's one mapping. */
class ModelStagesTest {

    @Test
    void eachTaskOfAPersonPutsTheProposalAtItsStage() {
        assertThat(ModelEvents.stageOf(Task.FORMAL_CHECK)).contains(Stage.PROPOSED);
        assertThat(ModelEvents.stageOf(Task.REVISE_PROPOSAL)).contains(Stage.RETURNED);
        assertThat(ModelEvents.stageOf(Task.DRAFTING)).contains(Stage.DRAFTING);
        assertThat(ModelEvents.stageOf(Task.COMMENT_PERIOD)).contains(Stage.COMMENTING);
        assertThat(ModelEvents.stageOf(Task.DISPOSITION)).contains(Stage.DISPOSITION);
        assertThat(ModelEvents.stageOf(Task.VOTE)).contains(Stage.BALLOT);
        assertThat(ModelEvents.stageOf(Task.QUORUM_DECISION)).contains(Stage.BALLOT);
        assertThat(ModelEvents.stageOf(Task.APPROVAL)).contains(Stage.APPROVAL);
        assertThat(ModelEvents.stageOf(Task.PERIODIC_REVIEW)).as("a published standard stays published").isEmpty();
    }

    @Test
    void everyTaskIsAUserTaskOfTheModel() throws Exception {
        String model = new String(getClass().getResourceAsStream("/bpmn/standard-review.bpmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Arrays.stream(Task.values()))
                .allSatisfy(t -> assertThat(model).contains("<bpmn:userTask id=\"" + t.elementId + "\""));
        assertThat(model.split("<bpmn:userTask ").length - 1).as("and every user task of the model is a Task")
                .isEqualTo(Task.values().length);
    }
}
