package vn.thidua.submission;

/** What someone may try to do with a unit's submission; {@link SubmissionPolicy} says who and when. */
public enum SubmissionAction {
    /** Open, fill in, save a draft, attach or remove evidence, upload the Excel form. */
    EDIT,
    /** Sign off and send to the office. */
    SUBMIT,
    /** Send back to the unit with a reason. */
    RETURN,
    /** Accept and lock for the review board. */
    ACCEPT,
    /** Let a unit work again after the hard cut-off. */
    REOPEN
}
