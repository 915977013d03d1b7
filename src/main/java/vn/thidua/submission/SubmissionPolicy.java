package vn.thidua.submission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.security.Role;

/**
 * The workflow rules: an officer or the head of the unit prepares, only the head submits, the office (SECRETARIAT)
 * returns with a reason or accepts. Submitting after the deadline is allowed and marked late; after the hard
 * cut-off (deadline + cut-off days) the unit can no longer work on a draft until the office reopens it. A returned
 * submission can always be resubmitted: the office asked for it.
 */
public final class SubmissionPolicy {

    /** Why an action is refused: {@code forbidden} (role or unit; 403) or not possible now (status, cut-off). */
    public record Refusal(boolean forbidden, String key, List<Object> args) {
    }

    /**
     * @param unitInScope   the report's unit is the caller's home unit or below it, by the caller's unit roles (a
     *                      district centre's officer prepares its commune stations' reports)
     * @param ownUnit       the report's unit is the caller's home unit: only its own head signs off
     * @param status        null when the unit has not started
     * @param deadline      the plan's reporting deadline for the year; null when it has none (no lateness, no cut-off)
     * @param reopenedUntil the last day of a reopening by the office, or null
     */
    public record Situation(Set<Role> roles, boolean unitInScope, boolean ownUnit, SubmissionStatus status, LocalDate today,
                            LocalDate deadline, int cutoffDays, LocalDate reopenedUntil) {
    }

    private SubmissionPolicy() {
    }

    public static Optional<Refusal> refusal(SubmissionAction action, Situation s) {
        return switch (action) {
            case EDIT -> unitAction(s, s.roles().contains(Role.UNIT_OFFICER) || s.roles().contains(Role.UNIT_HEAD),
                    "submission.error.role.edit");
            case SUBMIT -> s.roles().contains(Role.UNIT_HEAD) && s.unitInScope() && !s.ownUnit()
                    ? forbidden("submission.error.role.submit")
                    : unitAction(s, s.roles().contains(Role.UNIT_HEAD), "submission.error.role.submit");
            case RETURN, ACCEPT -> {
                if (!s.roles().contains(Role.SECRETARIAT)) {
                    yield forbidden("submission.error.role.office");
                }
                yield s.status() == SubmissionStatus.SUBMITTED ? Optional.empty() : wrongStatus(s);
            }
            case REOPEN -> {
                if (!s.roles().contains(Role.SECRETARIAT)) {
                    yield forbidden("submission.error.role.office");
                }
                if (s.status() == SubmissionStatus.SUBMITTED || s.status() == SubmissionStatus.ACCEPTED) {
                    yield wrongStatus(s);
                }
                yield pastCutoff(s.deadline(), s.cutoffDays(), s.today()) ? Optional.empty()
                        : Optional.of(new Refusal(false, "submission.error.notPastCutoff", List.of()));
            }
        };
    }

    /** Whole days after the deadline, 0 when on time or when there is no deadline. */
    public static int daysLate(LocalDate deadline, LocalDate submittedOn) {
        if (deadline == null || !submittedOn.isAfter(deadline)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(deadline, submittedOn);
    }

    /** The last day a unit may work on a draft without a reopening; null without a deadline. */
    public static LocalDate cutoff(LocalDate deadline, int cutoffDays) {
        return deadline == null ? null : deadline.plusDays(cutoffDays);
    }

    public static boolean pastCutoff(LocalDate deadline, int cutoffDays, LocalDate today) {
        LocalDate cutoff = cutoff(deadline, cutoffDays);
        return cutoff != null && today.isAfter(cutoff);
    }

    private static Optional<Refusal> unitAction(Situation s, boolean roleAllows, String roleKey) {
        if (!roleAllows) {
            return forbidden(roleKey);
        }
        if (!s.unitInScope()) {
            return forbidden("error.forbiddenUnit");
        }
        if (s.status() != null && !s.status().isEditableByUnit()) {
            return wrongStatus(s);
        }
        boolean reopened = s.reopenedUntil() != null && !s.today().isAfter(s.reopenedUntil());
        if (s.status() != SubmissionStatus.RETURNED && !reopened && pastCutoff(s.deadline(), s.cutoffDays(), s.today())) {
            return Optional.of(new Refusal(false, "submission.error.cutoff", List.of(cutoff(s.deadline(), s.cutoffDays()))));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> forbidden(String key) {
        return Optional.of(new Refusal(true, key, List.of()));
    }

    private static Optional<Refusal> wrongStatus(Situation s) {
        return Optional.of(new Refusal(false, "submission.error.status",
                List.of(s.status() == null ? "NOT_STARTED" : s.status().name())));
    }
}
