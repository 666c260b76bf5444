/**
 * Ballots: rounds with voters and rule copied at opening, votes in our own table, the live tally judged by the DMN
 * rule; events {@link cn.guifanku.ballot.BallotOpened}, {@link cn.guifanku.ballot.VoteCast},
 * {@link cn.guifanku.ballot.BallotCounted}, {@link cn.guifanku.ballot.QuorumDecided}.
 */
@ApplicationModule(allowedDependencies = {"people", "process", "proposal", "security", "web"})
package cn.guifanku.ballot;

import org.springframework.modulith.ApplicationModule;
