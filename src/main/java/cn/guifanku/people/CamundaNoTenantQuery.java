package cn.guifanku.people;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** One installation serves one standards body: Camunda's multi-tenancy is not used, so there are no tenants. */
class CamundaNoTenantQuery extends TenantQueryImpl {

    CamundaNoTenantQuery() {
    }

    CamundaNoTenantQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        return List.of();
    }
}
