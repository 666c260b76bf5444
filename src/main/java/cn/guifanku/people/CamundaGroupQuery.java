package cn.guifanku.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Camunda's group query over our roles. {@code groupMember(user)} is how the engine finds the candidate groups of a
 * user for {@code taskCandidateUser}, so it must see exactly the groups our roles give.
 */
class CamundaGroupQuery extends GroupQueryImpl {

    private static final Map<String, Function<Group, String>> COLUMNS = Map.of(
            GroupQueryProperty.GROUP_ID.getName(), Group::getId,
            GroupQueryProperty.NAME.getName(), Group::getName,
            GroupQueryProperty.TYPE.getName(), Group::getType);

    CamundaGroupQuery() {
    }

    CamundaGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return CamundaInMemoryQuery.page(matching(commandContext), page, this);
    }

    private List<Group> matching(CommandContext commandContext) {
        if (tenantId != null) {
            return List.of();
        }
        Set<String> ofUser = userId == null ? null : CamundaIdentityProvider.of(commandContext).people().stream()
                .filter(p -> p.username().equals(userId))
                .flatMap(CamundaIdentityProvider::groupIds)
                .collect(Collectors.toSet());
        return CamundaIdentityProvider.groups().stream()
                .filter(g -> ofUser == null || ofUser.contains(g.getId()))
                .filter(g -> CamundaInMemoryQuery.equal(id, g.getId()) && CamundaInMemoryQuery.in(ids, g.getId())
                        && CamundaInMemoryQuery.equal(name, g.getName()) && CamundaInMemoryQuery.like(nameLike, g.getName())
                        && CamundaInMemoryQuery.equal(type, g.getType()))
                .sorted(CamundaInMemoryQuery.order(getOrderingProperties(), COLUMNS, Group::getId))
                .toList();
    }
}
