package cn.guifanku.notification;

import cn.guifanku.people.People;
import cn.guifanku.people.Person;
import cn.guifanku.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The address book over our people tables. */
@Component
class PeopleAddressbook implements Addressbook {

    private final People people;

    PeopleAddressbook(People people) {
        this.people = people;
    }

    @Override
    public Optional<Addressee> find(String username) {
        return people.find(username).filter(Person::active)
                .filter(p -> p.email() != null && !p.email().isBlank())
                .map(p -> new Addressee(p.username(), p.displayName(), p.email()));
    }

    @Override
    public List<String> membersOf(String group) {
        return people.persons().stream().filter(Person::active)
                .filter(p -> p.roles().stream().map(Role::group).anyMatch(group::equals))
                .map(Person::username).sorted().toList();
    }
}
