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
    private final cn.guifanku.people.Memberships memberships;

    PeopleAddressbook(People people, cn.guifanku.people.Memberships memberships) {
        this.people = people;
        this.memberships = memberships;
    }

    @Override
    public List<String> committee(String committeeId) {
        return memberships.seats(committeeId).stream().map(cn.guifanku.people.Seat::username)
                .filter(u -> people.find(u).filter(Person::active).isPresent()).distinct().toList();
    }

    @Override
    public List<String> voters(String committeeId) {
        return people.votingMembers(committeeId).stream().map(Person::username).toList();
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
