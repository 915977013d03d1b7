package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a member voted on a ballot, never how: the tally lives on the ballot alone. */
@Entity
@Table(name = "ballot_voter")
@IdClass(BallotVoter.Key.class)
public class BallotVoter {

    @Id
    @Column(name = "ballot_id")
    private Long ballotId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    protected BallotVoter() {
    }

    public BallotVoter(Long ballotId, Long memberId) {
        this.ballotId = ballotId;
        this.memberId = memberId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public static class Key implements Serializable {
        private Long ballotId;
        private Long memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, memberId);
        }
    }
}
