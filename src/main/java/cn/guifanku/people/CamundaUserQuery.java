package cn.guifanku.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query over our active accounts. {@code potentialStarter} is ignored: anyone may start a process. */
class CamundaUserQuery extends UserQueryImpl {

    private static final Map<String, Function<User, String>> COLUMNS = Map.of(
            UserQueryProperty.USER_ID.getName(), User::getId,
            UserQueryProperty.FIRST_NAME.getName(), User::getFirstName,
            UserQueryProperty.LAST_NAME.getName(), User::getLastName,
            UserQueryProperty.EMAIL.getName(), User::getEmail);

    CamundaUserQuery() {
    }

    CamundaUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return CamundaInMemoryQuery.page(matching(commandContext), page, this);
    }

    private List<User> matching(CommandContext commandContext) {
        if (tenantId != null) {
            return List.of();
        }
        return CamundaIdentityProvider.of(commandContext).people().stream()
                .filter(p -> groupId == null || CamundaIdentityProvider.groupIds(p).anyMatch(groupId::equals))
                .map(CamundaIdentityProvider::user)
                .filter(this::matches)
                .sorted(CamundaInMemoryQuery.order(getOrderingProperties(), COLUMNS, User::getId))
                .toList();
    }

    private boolean matches(User user) {
        return CamundaInMemoryQuery.equal(id, user.getId()) && CamundaInMemoryQuery.in(ids, user.getId())
                && CamundaInMemoryQuery.equal(firstName, user.getFirstName())
                && CamundaInMemoryQuery.like(firstNameLike, user.getFirstName())
                && CamundaInMemoryQuery.equal(lastName, user.getLastName())
                && CamundaInMemoryQuery.like(lastNameLike, user.getLastName())
                && CamundaInMemoryQuery.equal(email, user.getEmail())
                && CamundaInMemoryQuery.like(emailLike, user.getEmail());
    }
}
