package vn.thidua.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The kinds of eligibility condition a rule can express, with the parameters each one reads. */
public enum RuleKind {
    TITLE_CONSECUTIVE("Giữ danh hiệu nhiều năm liên tục", List.of("title", "years"), List.of("includeYear")),
    TITLE_COUNT("Giữ danh hiệu số lần trong một khoảng năm", List.of("title", "count", "window"), List.of("includeYear")),
    RATING_CONSECUTIVE("Xếp loại nhiều năm liên tục", List.of("rating", "years"), List.of("includeYear")),
    RATING_COUNT("Xếp loại số năm trong một khoảng năm", List.of("rating", "count", "window"), List.of("includeYear")),
    INITIATIVES("Sáng kiến được công nhận", List.of("level", "count", "window"), List.of()),
    NO_DISCIPLINE("Không bị kỷ luật trong năm", List.of("severity"), List.of()),
    MEMBER_TITLE_SHARE("Tỷ lệ thành viên đạt danh hiệu", List.of("title"), List.of("percent", "minCount", "comparison")),
    MEMBER_TASK_SHARE("Tỷ lệ thành viên hoàn thành nhiệm vụ", List.of("percent"), List.of("comparison")),
    RATIO_CAP("Tỷ lệ tối đa so với danh hiệu khác", List.of("title", "over", "percent"), List.of()),
    BLOCK_RANK("Thứ hạng trong khối thi đua", List.of("rank"), List.of()),
    VOTE_SHARE("Tỷ lệ phiếu đồng ý của Hội đồng", List.of("percent"), List.of("comparison"));

    private final String label;
    private final List<String> required;
    private final List<String> optional;

    RuleKind(String label, List<String> required, List<String> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    static final String SUBJECT = "subject";

    public String label() {
        return label;
    }

    /** Parameter names the kind cannot do without. */
    public List<String> requiredParameters() {
        return required;
    }

    /**
     * Parameter names the kind reads when present; they have defaults (includeYear=true, comparison=AT_LEAST). Every kind
     * also takes "subject" (INDIVIDUAL or COLLECTIVE): a rule of a title for both applies only to that kind of candidate.
     */
    public List<String> optionalParameters() {
        List<String> all = new ArrayList<>(optional);
        all.add(SUBJECT);
        return List.copyOf(all);
    }

    /** Required then optional parameter names. */
    public List<String> acceptedParameters() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optionalParameters());
        return List.copyOf(all);
    }

    public boolean accepts(String parameter) {
        return required.contains(parameter) || optional.contains(parameter) || SUBJECT.equals(parameter);
    }

    /** Vietnamese messages about what is wrong with the parameters of a rule of this kind; empty when they are fine. */
    public List<String> validate(RuleParameters parameters, Set<String> knownTitleCodes) {
        return (parameters == null ? RuleParameters.EMPTY : parameters).problems(this, knownTitleCodes);
    }
}
