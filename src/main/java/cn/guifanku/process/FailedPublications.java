package cn.guifanku.process;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When the 发布 job runs out of retries, Camunda raises an incident; this keeps why (the publication feature) and moves
 * the proposal to 发布失败 so the secretariat sees it and can retry from the application.
 */
@Component
class FailedPublications extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PublicationSteps> steps;
    private final ObjectProvider<ProposalLifecycle> lifecycle;

    FailedPublications(ObjectProvider<PublicationSteps> steps, ObjectProvider<ProposalLifecycle> lifecycle) {
        this.steps = steps;
        this.lifecycle = lifecycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomIncidentHandlers(List.of(new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) {
            @Override
            public Incident handleIncident(IncidentContext context, String message) {
                Incident incident = super.handleIncident(context, message);
                if ("publishEdition".equals(context.getActivityId()) && context.getExecutionId() != null) {
                    String proposalId = Context.getCommandContext().getExecutionManager()
                            .findExecutionById(context.getExecutionId()).getProcessBusinessKey();
                    steps.getObject().failed(proposalId, message);
                    lifecycle.getObject().enter(proposalId, Stage.PUBLICATION_FAILED);
                }
                return incident;
            }
        }));
    }
}
