package cn.guifanku.ballot;

import cn.guifanku.process.ProcessActor;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process's ballot steps, as thin delegates (bean names = BPMN task ids). */
@Configuration(proxyBeanMethods = false)
class BallotSteps {

    @Bean
    JavaDelegate openBallot(Ballots ballots) {
        return execution -> {
            BallotRound round = ballots.open(execution.getBusinessKey(), ProcessActor.of(execution));
            execution.setVariable("voters", new java.util.ArrayList<>(round.voters()));
            execution.setVariable("ballotDeadline", Date.from(round.deadline()));
        };
    }

    @Bean
    JavaDelegate countVotes(Ballots ballots) {
        return execution -> execution.setVariables(
                ballots.close(execution.getBusinessKey(), ProcessActor.of(execution)).variables());
    }

    @Bean
    JavaDelegate extendBallot(Ballots ballots) {
        return execution -> {
            Date deadline = (Date) execution.getVariable("ballotDeadline");
            ballots.extend(execution.getBusinessKey(), deadline.toInstant(), ProcessActor.of(execution));
            execution.setVariable("voters", new java.util.ArrayList<>(ballots.pendingVoters(execution.getBusinessKey())));
        };
    }
}
