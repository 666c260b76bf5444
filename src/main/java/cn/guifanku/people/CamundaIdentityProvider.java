package cn.guifanku.people;

import cn.guifanku.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Camunda's identity session over our tables. Users are our active accounts (id = username, first name = display
 * name, last name = organisation); groups are our roles in lower case, plus {@code camunda-admin} for
 * administrators so that Camunda's webapps accept them. The tables are small, so queries load them once per
 * session and filter in memory. Tenants are not used.
 */
class CamundaIdentityProvider implements ReadOnlyIdentityProvider {

    private final PersonRepository persons;
    private final PasswordEncoder encoder;
    private List<Person> active;

    CamundaIdentityProvider(PersonRepository persons, PasswordEncoder encoder) {
        this.persons = persons;
        this.encoder = encoder;
    }

    static CamundaIdentityProvider of(CommandContext commandContext) {
        return (CamundaIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }

    /** Our active accounts, read on first use in this session. */
    List<Person> people() {
        if (active == null) {
            active = persons.active();
        }
        return active;
    }

    List<User> users() {
        return people().stream().map(CamundaIdentityProvider::user).toList();
    }

    static List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            groups.add(group(role.group(), role.label(), Groups.GROUP_TYPE_WORKFLOW));
        }
        groups.add(group(Groups.CAMUNDA_ADMIN, "Camunda 管理员", Groups.GROUP_TYPE_SYSTEM));
        return groups;
    }

    static Stream<String> groupIds(Person person) {
        Stream<String> roles = person.roles().stream().map(Role::group);
        return person.hasRole(Role.ADMIN) ? Stream.concat(roles, Stream.of(Groups.CAMUNDA_ADMIN)) : roles;
    }

    @Override
    public User findUserById(String userId) {
        return users().stream().filter(u -> u.getId().equals(userId)).findFirst().orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new CamundaUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new CamundaUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users come from 规范库's own tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return persons.account(userId).filter(a -> a.person().active())
                .map(a -> encoder.matches(password, a.passwordHash())).orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        return groups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new CamundaGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new CamundaGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new CamundaNoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new CamundaNoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources of our own: JdbcClient returns its connection after each statement
    }

    static User user(Person person) {
        UserEntity user = new UserEntity(person.username());
        user.setFirstName(person.displayName());
        user.setLastName(person.organisation() == null ? "" : person.organisation());
        user.setEmail(person.email());
        return user;
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
