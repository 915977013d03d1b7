package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One approved nomination on a decision's list. */
@Entity
@Table(name = "decision_item")
public class DecisionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id")
    private AwardDecision decision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    private int position;

    protected DecisionItem() {
    }

    public DecisionItem(AwardDecision decision, Nomination nomination, int position) {
        this.decision = decision;
        this.nomination = nomination;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public AwardDecision getDecision() {
        return decision;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public int getPosition() {
        return position;
    }
}
