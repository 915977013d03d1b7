package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.award.NominationRound;
import vn.thidua.award.NominationService;
import vn.thidua.award.RoundKind;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** The nomination rounds: /award/rounds.xhtml — everyone sees them, the office opens and closes them. */
@Named
@ViewScoped
public class AwardRoundsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NominationService nominations;
    @Inject
    private transient CurrentUser currentUser;

    private String name;
    private RoundKind kind = RoundKind.ANNUAL;
    private Integer year = LocalDate.now().getYear();
    private Long planId;
    private LocalDate deadline;
    private transient List<NominationRound> rounds;

    public List<NominationRound> getRounds() {
        if (rounds == null) {
            rounds = nominations.rounds();
        }
        return rounds;
    }

    public void create() {
        if (FormErrors.attempt("roundsForm", () -> nominations.createRound(name, kind, year, planId, deadline))) {
            FormErrors.info("common.saved");
            name = null;
            rounds = null;
        }
    }

    public void toggle(NominationRound round) {
        if (FormErrors.attempt("roundsForm", () -> nominations.setOpen(round.getId(), round.getVersion(), !round.isOpen()))) {
            FormErrors.info("common.saved");
            rounds = null;
        }
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public RoundKind[] getKinds() {
        return RoundKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
