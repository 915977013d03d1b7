package vn.thidua.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.thidua.common.AuditedEntity;
import vn.thidua.plan.EmulationPlan;

/** A Hội đồng Thi đua – Khen thưởng that reviews the reports of one plan year. */
@Entity
@Table(name = "review_board")
public class ReviewBoard extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardLevel level;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL)
    @BatchFetch(BatchFetchType.IN) // a list of boards reads all their members in one query
    private List<BoardMember> members = new ArrayList<>();

    @Version
    private long version;

    protected ReviewBoard() {
    }

    public ReviewBoard(EmulationPlan plan, int year, BoardLevel level, String name) {
        this.plan = plan;
        this.year = year;
        this.level = level;
        this.name = name;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; year=" + year + "; level=" + level + "; name=" + name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public int getYear() {
        return year;
    }

    public BoardLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<BoardMember> getMembers() {
        return members;
    }

    public long getVersion() {
        return version;
    }
}
