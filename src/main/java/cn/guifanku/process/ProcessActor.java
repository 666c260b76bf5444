package cn.guifanku.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who a process step acts for: the user whose call ran it, or "system" for timers and asynchronous jobs. */
final class ProcessActor {

    static final String SYSTEM = "system";

    private ProcessActor() {
    }

    static String of(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
    }
}
