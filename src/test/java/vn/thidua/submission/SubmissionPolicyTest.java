package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.submission.SubmissionAction.ACCEPT;
import static vn.thidua.submission.SubmissionAction.EDIT;
import static vn.thidua.submission.SubmissionAction.REOPEN;
import static vn.thidua.submission.SubmissionAction.RETURN;
import static vn.thidua.submission.SubmissionAction.SUBMIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.common.Messages;
import vn.thidua.security.Role;
import vn.thidua.submission.SubmissionPolicy.Refusal;
import vn.thidua.submission.SubmissionPolicy.Situation;

class SubmissionPolicyTest {

    /** The reporting deadline of the plan year; with 10 cut-off days the last day to work is 25 January. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 1, 15);
    private static final int CUTOFF_DAYS = 10;
    private static final LocalDate CUTOFF = LocalDate.of(2026, 1, 25);
    private static final LocalDate BEFORE_DEADLINE = LocalDate.of(2026, 1, 10);
    private static final LocalDate PAST_CUTOFF = CUTOFF.plusDays(1);

    /** A situation, by default a draft of a unit in scope, before the deadline. */
    private record S(Set<Role> roles, boolean inScope, boolean ownUnit, SubmissionStatus status, LocalDate today, LocalDate deadline,
                     LocalDate reopenedUntil) {

        static S as(Role... roles) {
            return new S(Set.of(roles), true, true, SubmissionStatus.DRAFT, BEFORE_DEADLINE, DEADLINE, null);
        }

        S outOfScope() {
            return new S(roles, false, false, status, today, deadline, reopenedUntil);
        }

        /** A unit below the caller's home unit, such as a district centre's commune station. */
        S subUnit() {
            return new S(roles, true, false, status, today, deadline, reopenedUntil);
        }

        S status(SubmissionStatus s) {
            return new S(roles, inScope, ownUnit, s, today, deadline, reopenedUntil);
        }

        S on(LocalDate day) {
            return new S(roles, inScope, ownUnit, status, day, deadline, reopenedUntil);
        }

        S deadline(LocalDate d) {
            return new S(roles, inScope, ownUnit, status, today, d, reopenedUntil);
        }

        S reopenedUntil(LocalDate d) {
            return new S(roles, inScope, ownUnit, status, today, deadline, d);
        }

        Optional<Refusal> refusal(SubmissionAction action) {
            return SubmissionPolicy.refusal(action, new Situation(roles, inScope, ownUnit, status, today, deadline, CUTOFF_DAYS, reopenedUntil));
        }
    }

    private static Optional<Refusal> forbidden(String key) {
        return Optional.of(new Refusal(true, key, List.of()));
    }

    private static Optional<Refusal> wrongStatus(String status) {
        return Optional.of(new Refusal(false, "submission.error.status", List.of(status)));
    }

    private static final Optional<Refusal> PAST_THE_CUTOFF = Optional.of(new Refusal(false, "submission.error.cutoff", List.of(CUTOFF)));

    // ------------------------------------------------------------------ who may prepare and submit

    @Nested
    class Roles {

        @Test
        void anOfficerMayEditButNotSubmit() {
            S officer = S.as(Role.UNIT_OFFICER);

            assertThat(officer.refusal(EDIT)).isEmpty();
            assertThat(officer.refusal(SUBMIT)).isEqualTo(forbidden("submission.error.role.submit"));
        }

        @Test
        void theHeadMayEditAndSubmit() {
            S head = S.as(Role.UNIT_HEAD);

            assertThat(head.refusal(EDIT)).isEmpty();
            assertThat(head.refusal(SUBMIT)).isEmpty();
        }

        @Test
        void theHeadMayResubmitAReturnedSubmission() {
            assertThat(S.as(Role.UNIT_HEAD).status(SubmissionStatus.RETURNED).refusal(SUBMIT)).isEmpty();
        }

        @Test
        void aUnitThatHasNotStartedMayBeginItsReport() {
            assertThat(S.as(Role.UNIT_OFFICER).status(null).refusal(EDIT)).isEmpty();
        }

        @Test
        void theOfficeCannotEditOrSubmitAUnitsReport() {
            S office = S.as(Role.SECRETARIAT);

            assertThat(office.refusal(EDIT)).isEqualTo(forbidden("submission.error.role.edit"));
            assertThat(office.refusal(SUBMIT)).isEqualTo(forbidden("submission.error.role.submit"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"UNIT_OFFICER", "UNIT_HEAD"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyTheUnitsOwnPeopleMayEdit(Role role) {
            assertThat(S.as(role).refusal(EDIT)).isEqualTo(forbidden("submission.error.role.edit"));
            assertThat(S.as(role).refusal(SUBMIT)).isEqualTo(forbidden("submission.error.role.submit"));
        }

        @Test
        void unitRolesOfAnotherUnitAreForbidden() {
            S otherUnit = S.as(Role.UNIT_OFFICER, Role.UNIT_HEAD).outOfScope();

            assertThat(otherUnit.refusal(EDIT)).isEqualTo(forbidden("error.forbiddenUnit"));
            assertThat(otherUnit.refusal(SUBMIT)).isEqualTo(forbidden("error.forbiddenUnit"));
        }

        @Test
        void aDistrictCentrePreparesItsStationsReportsButOnlyAStationsOwnHeadSignsOff() {
            S station = S.as(Role.UNIT_OFFICER, Role.UNIT_HEAD).subUnit();

            assertThat(station.refusal(EDIT)).isEmpty();
            assertThat(station.refusal(SUBMIT)).isEqualTo(forbidden("submission.error.role.submit"));
        }

        @Test
        void anotherUnitLearnsNothingAboutTheStatusOrTheCutoff() {
            S otherUnit = S.as(Role.UNIT_HEAD).outOfScope();

            assertThat(otherUnit.status(SubmissionStatus.ACCEPTED).refusal(EDIT)).isEqualTo(forbidden("error.forbiddenUnit"));
            assertThat(otherUnit.on(PAST_CUTOFF).refusal(SUBMIT)).isEqualTo(forbidden("error.forbiddenUnit"));
        }
    }

    // ------------------------------------------------------------------ status

    @Nested
    class Status {

        @ParameterizedTest
        @EnumSource(value = SubmissionStatus.class, names = {"SUBMITTED", "ACCEPTED"})
        void aSubmittedOrAcceptedReportCannotBeEditedOrSubmittedAgain(SubmissionStatus status) {
            S head = S.as(Role.UNIT_HEAD).status(status);

            assertThat(head.refusal(EDIT)).as("a status refusal, not forbidden").isEqualTo(wrongStatus(status.name()));
            assertThat(head.refusal(SUBMIT)).isEqualTo(wrongStatus(status.name()));
        }

        @ParameterizedTest
        @EnumSource(value = SubmissionAction.class, names = {"RETURN", "ACCEPT"})
        void onlyTheOfficeMayReturnOrAccept(SubmissionAction action) {
            S submitted = S.as(Role.UNIT_HEAD, Role.UNIT_OFFICER, Role.ADMIN, Role.BOARD_CHAIR).status(SubmissionStatus.SUBMITTED);

            assertThat(submitted.refusal(action)).isEqualTo(forbidden("submission.error.role.office"));
            assertThat(S.as(Role.SECRETARIAT).status(SubmissionStatus.SUBMITTED).refusal(action)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = SubmissionAction.class, names = {"RETURN", "ACCEPT"})
        void onlyASubmittedReportCanBeReturnedOrAccepted(SubmissionAction action) {
            S office = S.as(Role.SECRETARIAT);

            assertThat(office.status(SubmissionStatus.DRAFT).refusal(action)).isEqualTo(wrongStatus("DRAFT"));
            assertThat(office.status(SubmissionStatus.RETURNED).refusal(action)).isEqualTo(wrongStatus("RETURNED"));
            assertThat(office.status(SubmissionStatus.ACCEPTED).refusal(action)).isEqualTo(wrongStatus("ACCEPTED"));
            assertThat(office.status(null).refusal(action)).isEqualTo(wrongStatus("NOT_STARTED"));
        }

        @ParameterizedTest
        @EnumSource(value = SubmissionAction.class, names = {"RETURN", "ACCEPT"})
        void theCutoffDoesNotStopTheOfficeFromReturningOrAccepting(SubmissionAction action) {
            assertThat(S.as(Role.SECRETARIAT).status(SubmissionStatus.SUBMITTED).on(PAST_CUTOFF).refusal(action)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ deadline and cut-off

    @Nested
    class Cutoff {

        @Test
        void afterTheDeadlineButBeforeTheCutoffAUnitMayStillWorkAndSubmitLate() {
            S head = S.as(Role.UNIT_HEAD).on(DEADLINE.plusDays(3));

            assertThat(head.refusal(EDIT)).isEmpty();
            assertThat(head.refusal(SUBMIT)).isEmpty();
        }

        @Test
        void onTheCutoffDayItselfAUnitMayStillWorkAndSubmit() {
            S head = S.as(Role.UNIT_HEAD).on(CUTOFF);

            assertThat(head.refusal(EDIT)).isEmpty();
            assertThat(head.refusal(SUBMIT)).isEmpty();
        }

        @Test
        void afterTheCutoffADraftCanNoLongerBeEditedOrSubmitted() {
            S head = S.as(Role.UNIT_HEAD).on(PAST_CUTOFF);

            assertThat(head.refusal(EDIT)).as("not forbidden; names the cut-off day").isEqualTo(PAST_THE_CUTOFF);
            assertThat(head.refusal(SUBMIT)).isEqualTo(PAST_THE_CUTOFF);
            assertThat(head.status(null).refusal(EDIT)).as("nor started").isEqualTo(PAST_THE_CUTOFF);
        }

        @Test
        void aReturnedReportMayBeFixedAndResubmittedAfterTheCutoff() {
            S head = S.as(Role.UNIT_HEAD).status(SubmissionStatus.RETURNED).on(PAST_CUTOFF.plusMonths(2));

            assertThat(head.refusal(EDIT)).isEmpty();
            assertThat(head.refusal(SUBMIT)).isEmpty();
        }

        @Test
        void aReopenedDraftMayBeWorkedOnUntilTheLastDayOfTheReopening() {
            LocalDate until = LocalDate.of(2026, 2, 5);
            S reopened = S.as(Role.UNIT_HEAD).reopenedUntil(until);

            assertThat(reopened.on(PAST_CUTOFF).refusal(SUBMIT)).isEmpty();
            assertThat(reopened.on(until).refusal(EDIT)).as("the last day included").isEmpty();
            assertThat(reopened.on(until).refusal(SUBMIT)).isEmpty();
            assertThat(reopened.on(until.plusDays(1)).refusal(EDIT)).isEqualTo(PAST_THE_CUTOFF);
        }

        @Test
        void withoutADeadlineThereIsNoCutoff() {
            assertThat(S.as(Role.UNIT_HEAD).deadline(null).on(LocalDate.of(2030, 12, 31)).refusal(SUBMIT)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ reopening

    @Nested
    class Reopen {

        @Test
        void onlyTheOfficeMayReopen() {
            assertThat(S.as(Role.UNIT_HEAD, Role.ADMIN).on(PAST_CUTOFF).refusal(REOPEN)).isEqualTo(forbidden("submission.error.role.office"));
        }

        @ParameterizedTest
        @EnumSource(value = SubmissionStatus.class, names = {"DRAFT", "RETURNED"})
        void theOfficeMayReopenADraftOrReturnedReportPastTheCutoff(SubmissionStatus status) {
            assertThat(S.as(Role.SECRETARIAT).status(status).on(PAST_CUTOFF).refusal(REOPEN)).isEmpty();
        }

        @Test
        void theOfficeMayReopenForAUnitThatHasNotStarted() {
            assertThat(S.as(Role.SECRETARIAT).status(null).on(PAST_CUTOFF).refusal(REOPEN)).isEmpty();
        }

        @Test
        void thereIsNothingToReopenUntilTheCutoffHasPassed() {
            Optional<Refusal> notPast = Optional.of(new Refusal(false, "submission.error.notPastCutoff", List.of()));
            S office = S.as(Role.SECRETARIAT);

            assertThat(office.refusal(REOPEN)).isEqualTo(notPast);
            assertThat(office.on(CUTOFF).refusal(REOPEN)).as("on the cut-off day").isEqualTo(notPast);
            assertThat(office.deadline(null).on(PAST_CUTOFF).refusal(REOPEN)).as("no deadline").isEqualTo(notPast);
        }

        @ParameterizedTest
        @EnumSource(value = SubmissionStatus.class, names = {"SUBMITTED", "ACCEPTED"})
        void aSubmittedOrAcceptedReportIsNotReopened(SubmissionStatus status) {
            assertThat(S.as(Role.SECRETARIAT).status(status).on(PAST_CUTOFF).refusal(REOPEN)).isEqualTo(wrongStatus(status.name()));
        }
    }

    // ------------------------------------------------------------------ lateness and cut-off day

    @Test
    void submittingOnTheDeadlineIsNotLate() {
        assertThat(SubmissionPolicy.daysLate(DEADLINE, DEADLINE)).isZero();
        assertThat(SubmissionPolicy.daysLate(DEADLINE, DEADLINE.minusDays(20))).isZero();
    }

    @Test
    void eachDayAfterTheDeadlineIsADayLate() {
        assertThat(SubmissionPolicy.daysLate(DEADLINE, DEADLINE.plusDays(1))).isEqualTo(1);
        assertThat(SubmissionPolicy.daysLate(DEADLINE, LocalDate.of(2026, 3, 1))).as("16 + 28 + 1").isEqualTo(45);
    }

    @Test
    void withoutADeadlineNothingIsLate() {
        assertThat(SubmissionPolicy.daysLate(null, LocalDate.of(2030, 1, 1))).isZero();
    }

    @Test
    void theCutoffIsTheDeadlinePlusTheCutoffDays() {
        assertThat(SubmissionPolicy.cutoff(DEADLINE, CUTOFF_DAYS)).isEqualTo(CUTOFF);
        assertThat(SubmissionPolicy.cutoff(DEADLINE, 0)).isEqualTo(DEADLINE);
        assertThat(SubmissionPolicy.cutoff(LocalDate.of(2025, 12, 25), 10)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(SubmissionPolicy.cutoff(null, CUTOFF_DAYS)).isNull();
    }

    @Test
    void theCutoffHasPassedOnlyFromTheDayAfterIt() {
        assertThat(SubmissionPolicy.pastCutoff(DEADLINE, CUTOFF_DAYS, CUTOFF.minusDays(1))).isFalse();
        assertThat(SubmissionPolicy.pastCutoff(DEADLINE, CUTOFF_DAYS, CUTOFF)).isFalse();
        assertThat(SubmissionPolicy.pastCutoff(DEADLINE, CUTOFF_DAYS, CUTOFF.plusDays(1))).isTrue();
        assertThat(SubmissionPolicy.pastCutoff(null, CUTOFF_DAYS, CUTOFF.plusYears(5))).isFalse();
    }

    @Test
    void everyRefusalKeyExistsInVietnameseAndEnglish() {
        for (String key : List.of("submission.error.role.edit", "submission.error.role.submit", "submission.error.role.office",
                "error.forbiddenUnit", "submission.error.status", "submission.error.cutoff", "submission.error.notPastCutoff")) {
            assertThat(Messages.vietnamese(key)).as(key).doesNotStartWith("???");
            assertThat(Messages.text(Locale.ENGLISH, key)).as(key).doesNotStartWith("???");
        }
    }
}
