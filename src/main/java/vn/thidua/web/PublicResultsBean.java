package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.common.VietnameseDates;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;

/** The published ranking of a round, open to anyone (công khai): /public/results.xhtml?round=… */
@Named
@RequestScoped
public class PublicResultsBean {

    @Inject
    private RoundService rounds;

    private Long id;
    private ReviewRound round;
    private List<RoundService.BlockRanking> results;

    /** A round that is not published answers 404: it does not exist for the public. */
    public void load() {
        round = rounds.findPublished(id);
        results = rounds.results(id);
    }

    public ReviewRound getRound() {
        return round;
    }

    public List<RoundService.BlockRanking> getResults() {
        return results;
    }

    public String getPublishedAt() {
        return VietnameseDates.formatUtc(round.getPublishedAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
