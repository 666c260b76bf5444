package cn.guifanku.publication;

import cn.guifanku.process.ProcessActor;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.Stage;
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
 * When the 发布 job runs out of retries, Camunda raises an incident; this marks the proposal 发布失败 so the
 * secretariat sees it (with the error kept on the proposal) and can retry from the application.
 */
@Component
class PublicationIncidents extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Proposals> proposals;

    PublicationIncidents(ObjectProvider<Proposals> proposals) {
        this.proposals = proposals;
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
                    Proposals all = proposals.getObject();
                    all.change(proposalId, p -> p.withPublication(p.mergeCommit(), message));
                    all.moveTo(proposalId, Stage.PUBLICATION_FAILED, ProcessActor.SYSTEM, "PUBLICATION_FAILED", message);
                }
                return incident;
            }
        }));
    }
}
