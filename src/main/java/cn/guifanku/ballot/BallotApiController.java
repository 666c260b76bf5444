package cn.guifanku.ballot;

import cn.guifanku.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals/{id}/ballot")
@Tag(name = "ballot", description = "审查投票 · the committee's ballot")
class BallotApiController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private final Ballots ballots;

    BallotApiController(Ballots ballots) {
        this.ballots = ballots;
    }

    record Status(BallotRound round, Tally tally, String explanation) {
    }

    @GetMapping
    @Operation(summary = "The current round and its live tally, with quorum and threshold explained in words")
    Status status(@PathVariable String id, Actor actor) {
        Tally tally = ballots.tally(id, actor);
        BallotRound round = ballots.current(id);
        return new Status(round, tally, tally.explanation(!round.isOpen()));
    }

    @GetMapping("/rounds")
    @Operation(summary = "Every ballot round of the proposal, with its voters, rule and outcome")
    List<BallotRound> rounds(@PathVariable String id, Actor actor) {
        return ballots.rounds(id, actor);
    }

    record VoteRequest(Vote.Position position, String reason) {
    }

    @PostMapping(path = "/votes", consumes = JSON)
    @Operation(summary = "Cast or change one's vote: APPROVE, DISAPPROVE (reason required) or ABSTAIN — eligible members")
    Status vote(@PathVariable String id, @RequestBody VoteRequest r, Actor actor) {
        Tally tally = ballots.vote(id, r.position(), r.reason(), actor);
        BallotRound round = ballots.current(id);
        return new Status(round, tally, tally.explanation(!round.isOpen()));
    }

    @GetMapping("/votes")
    @Operation(summary = "Each member's current vote — secretariat, chair")
    Collection<Vote> votes(@PathVariable String id, Actor actor) {
        return ballots.votes(id, actor);
    }

    @PostMapping(path = "/closing", consumes = JSON)
    @Operation(summary = "Close the round now — secretariat")
    ResponseEntity<Void> close(@PathVariable String id, Actor actor) {
        ballots.closeEarly(id, actor);
        return ResponseEntity.noContent().build();
    }

    record QuorumRequest(Ballots.QuorumDecision decision, Instant deadline) {
    }

    @PostMapping(path = "/quorum-decision", consumes = JSON)
    @Operation(summary = "After a round without quorum: EXTEND (new deadline, votes kept) or FAIL — secretariat")
    ResponseEntity<Void> quorum(@PathVariable String id, @RequestBody QuorumRequest r, Actor actor) {
        ballots.decideOnQuorum(id, r.decision(), r.deadline(), actor);
        return ResponseEntity.noContent().build();
    }
}
