package cn.guifanku.people;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on which committee, and in which function (委员, 主任委员, 秘书处). A ballot copies the committee's voting
 * members when it opens, so a change here applies to ballots opened afterwards, never to one already running.
 */
@Service
public class Memberships {

    private final CommitteeRepository committees;
    private final PersonRepository persons;

    Memberships(CommitteeRepository committees, PersonRepository persons) {
        this.committees = committees;
        this.persons = persons;
    }

    /** Everyone seated in the committee, active or not, by username. */
    public List<Seat> seats(String committeeId) {
        return committees.seats(committeeId);
    }

    /**
     * Seats a person, or changes their function. The secretary never votes; a new chair makes the former chair a
     * member, since a committee has one chair.
     */
    @Transactional
    public Seat seat(String committeeId, String username, CommitteeFunction function) {
        committees.find(committeeId).orElseThrow(() -> new AccountRefusedException("没有委员会“" + committeeId + "”"));
        PersonRepository.Account account = persons.account(username)
                .orElseThrow(() -> new AccountRefusedException("没有用户“" + username + "”"));
        if (!account.person().active()) {
            throw new AccountRefusedException("账户“" + username + "”已停用，不能加入委员会");
        }
        if (function == CommitteeFunction.CHAIR) {
            committees.demoteChair(committeeId);
        }
        committees.unseat(committeeId, username);
        committees.seat(committeeId, username, function, function.votes());
        return new Seat(committeeId, username, function, function.votes());
    }

    @Transactional
    public void unseat(String committeeId, String username) {
        committees.unseat(committeeId, username);
    }

    /** A new committee, e.g. {@code tc389a}, 分技术委员会, {@code SAC/TC 389/SC 1}. */
    @Transactional
    public Committee create(Committee committee) {
        if (committee.id() == null || !committee.id().matches("[a-z][a-z0-9-]{1,63}")) {
            throw new AccountRefusedException("委员会标识须以小写字母开头，只含小写字母、数字和 -");
        }
        if (committee.name() == null || committee.name().isBlank() || committee.code() == null
                || committee.code().isBlank()) {
            throw new AccountRefusedException("请填写委员会名称和代号");
        }
        if (committee.name().strip().length() > 200 || committee.code().strip().length() > 64) {
            throw new AccountRefusedException("委员会名称最多 200 个字符，代号最多 64 个字符");
        }
        Committee clean = new Committee(committee.id(), committee.name().strip(), committee.code().strip());
        try {
            committees.create(clean);
        } catch (DuplicateKeyException e) {
            throw new AccountRefusedException("委员会标识或代号已被占用");
        }
        return clean;
    }
}
