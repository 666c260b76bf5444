package cn.guifanku.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who gets mail: a person's address, and who is in a Camunda group (a role in lower case: secretariat, chair …). */
interface Addressbook {

    /** An active person with an e-mail address. */
    record Addressee(String username, String displayName, String email) {
    }

    /** The person if they are active and have an address. */
    Optional<Addressee> find(String username);

    /** The active people in a group. */
    List<String> membersOf(String group);

    /** The active people seated in a committee: its members, chair and secretary (who votes is {@link #voters}). */
    default List<String> committee(String committeeId) {
        return List.of();
    }

    /** The active people of a committee who vote in its ballots: members and chair, not the secretary. */
    default List<String> voters(String committeeId) {
        return List.of();
    }

    /** The assignee if there is one, else everyone in the candidate groups; in a stable order, without repeats. */
    default Set<String> peopleFor(String assignee, Collection<String> candidateGroups) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
        } else {
            candidateGroups.forEach(g -> people.addAll(membersOf(g)));
        }
        return people;
    }
}
