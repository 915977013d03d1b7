package vn.thidua.award;

import java.math.BigDecimal;
import java.util.Objects;
import vn.thidua.common.VietnameseNumbers;

/** The share of the whole board membership a nomination needs in the ballot. */
public record VoteThreshold(BigDecimal percent, boolean strictlyMore, String legalReference) {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VoteThreshold {
        Objects.requireNonNull(percent, "percent");
    }

    /** More than half of the membership: the default when a title has no enabled VOTE_SHARE rule. */
    public static VoteThreshold majority(String legalReference) {
        return new VoteThreshold(FIFTY, true, legalReference);
    }

    /** Exact: approving × 100 compared with percent × membership; no board members means no pass. */
    public boolean passes(int approving, int membership) {
        if (membership <= 0) {
            return false;
        }
        int c = BigDecimal.valueOf(approving).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(membership)));
        return strictlyMore ? c > 0 : c >= 0;
    }

    /** "≥ 90 % tổng số thành viên Hội đồng", or "quá bán (> 50 % tổng số thành viên Hội đồng)". */
    public String describe() {
        String text = (strictlyMore ? "> " : "≥ ") + VietnameseNumbers.format(percent) + " % tổng số thành viên Hội đồng";
        return isMajority() ? "quá bán (" + text + ")" : text;
    }

    public boolean isMajority() {
        return strictlyMore && percent.compareTo(FIFTY) == 0;
    }
}
