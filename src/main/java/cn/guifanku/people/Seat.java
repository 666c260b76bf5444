package cn.guifanku.people;

/**
 * A person's seat in a committee.
 *
 * @param voting whether the seat votes in the committee's ballots (never for the secretary)
 */
public record Seat(String committeeId, String username, CommitteeFunction function, boolean voting) {
}
