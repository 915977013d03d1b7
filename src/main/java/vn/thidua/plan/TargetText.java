package vn.thidua.plan;

import vn.thidua.common.VietnameseNumbers;

/** A target as people write it: "≥ 11,5", "< 6,1", "90–100", "= 0". */
public final class TargetText {

    private TargetText() {
    }

    public static String format(TargetValue target) {
        if (target == null) {
            return "";
        }
        if (target.comparison() == Comparison.BETWEEN) {
            return VietnameseNumbers.format(target.value()) + "–" + VietnameseNumbers.format(target.upper());
        }
        return target.comparison().symbol() + " " + VietnameseNumbers.format(target.value());
    }
}
