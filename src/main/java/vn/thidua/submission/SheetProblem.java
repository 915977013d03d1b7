package vn.thidua.submission;

import java.util.List;

/**
 * A row of the uploaded sheet that cannot be taken: the user fixes it and uploads again.
 *
 * @param rowNumber  the Excel row number (1-based), as the user sees it at the left of the sheet
 * @param key        the key in column A of that row
 * @param label      the field's label, null when the key is not one of the form's
 * @param cellText   the value cell as text (numbers in Vietnamese notation), null when blank
 * @param messageKey the message key, one of the {@code ERROR_*} constants of {@link SubmissionSheet}
 * @param args       the message arguments, described at each constant
 */
public record SheetProblem(int rowNumber, String key, String label, String cellText, String messageKey,
        List<Object> args) {

    public SheetProblem {
        args = List.copyOf(args);
    }
}
