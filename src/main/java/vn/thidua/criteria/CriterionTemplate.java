package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.TargetValue;

/**
 * Criteria the seeds name, ready to add in one click and then adjust. The checklist items follow the
 * sector's guidance as the seeds cite it (smoke-free facilities under the 2012 tobacco law; "Xanh - Sạch -
 * Đẹp" facilities under Quyết định 3638/QĐ-BYT, with "An toàn" as seed 004 adds it); every item stays editable.
 */
public enum CriterionTemplate {

    SMOKE_FREE("Cơ quan, đơn vị không khói thuốc lá", CriterionKind.CHECKLIST, 10, null, null, null, true, List.of(
            item("Có quy định cấm hút thuốc lá tại đơn vị, được phổ biến đến toàn thể cán bộ, người lao động", 2),
            item("Có biển báo cấm hút thuốc lá tại cổng, khu vực công cộng và các khoa, phòng", 2),
            item("Không có người hút thuốc lá trong nhà và trong khuôn viên đơn vị", 2),
            item("Không có gạt tàn; không bán, không quảng cáo thuốc lá trong khuôn viên", 2),
            item("100 % cán bộ, người lao động không hút thuốc lá tại nơi làm việc", 2))),

    GREEN_CLEAN_SAFE("Cơ sở y tế \"Xanh - Sạch - Đẹp - An toàn\"", CriterionKind.CHECKLIST, 15, null, null, null, true, List.of(
            item("Xanh: có cây xanh, bóng mát, vườn hoa được chăm sóc thường xuyên", 3),
            item("Sạch: khoa, phòng, buồng bệnh, nhà vệ sinh sạch sẽ; không có rác tồn đọng", 3),
            item("Sạch: chất thải y tế được phân loại, thu gom, xử lý đúng quy định", 3),
            item("Đẹp: cảnh quan hài hòa; biển báo, sơ đồ chỉ dẫn rõ ràng, đồng bộ", 3),
            item("An toàn: bảo đảm an ninh trật tự, phòng cháy chữa cháy, an toàn người bệnh và nhân viên y tế", 3))),

    PATIENT_SATISFACTION("Tỷ lệ người bệnh hài lòng với dịch vụ y tế", CriterionKind.SURVEY_PERCENTAGE, 10,
            ScoringMethod.PROPORTIONAL, TargetValue.of(Comparison.GE, new BigDecimal("90")), null, true, List.of()),

    NO_VIOLATIONS("Cán bộ vi phạm Luật Giao thông đường bộ hoặc mắc tệ nạn xã hội (trừ điểm mỗi trường hợp)",
            CriterionKind.PENALTY, 10, null, null, new BigDecimal("5"), false, List.of()),

    TASK_COMPLETION("Hoàn thành các nhiệm vụ được giao trong kế hoạch", CriterionKind.TASK_COMPLETION, 15,
            ScoringMethod.PROPORTIONAL, TargetValue.of(Comparison.GE, new BigDecimal("100")), null, true, List.of());

    private final String criterionName;
    private final CriterionKind kind;
    private final BigDecimal maxPoints;
    private final ScoringMethod method;
    private final TargetValue target;
    private final BigDecimal pointsPerViolation;
    private final boolean evidenceRequired;
    private final List<ChecklistItem> items;

    CriterionTemplate(String criterionName, CriterionKind kind, int maxPoints, ScoringMethod method, TargetValue target,
                      BigDecimal pointsPerViolation, boolean evidenceRequired, List<ChecklistItem> items) {
        this.criterionName = criterionName;
        this.kind = kind;
        this.maxPoints = BigDecimal.valueOf(maxPoints);
        this.method = method;
        this.target = target;
        this.pointsPerViolation = pointsPerViolation;
        this.evidenceRequired = evidenceRequired;
        this.items = items;
    }

    private static ChecklistItem item(String text, int points) {
        return new ChecklistItem(text, BigDecimal.valueOf(points));
    }

    /** A new criterion of this template; the caller persists it. */
    public Criterion create(ScoringFramework framework, Criterion parent, int position, String code) {
        Criterion criterion = new Criterion(framework, parent, position, code, criterionName, kind, maxPoints);
        criterion.setMethod(method);
        criterion.setCapPercent(method == null ? null : new BigDecimal("100"));
        criterion.setTarget(target);
        criterion.setPointsPerViolation(pointsPerViolation);
        criterion.setEvidenceRequired(evidenceRequired);
        criterion.setTemplate(name());
        criterion.getItems().addAll(items);
        return criterion;
    }
}
