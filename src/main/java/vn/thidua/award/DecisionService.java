package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseDates;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Commendation decisions. The office drafts one from the approved nominations of a round, completes number, date,
 * signer and legal bases, and issues it; an issued decision never changes (the database refuses it too) and each of
 * its awards enters the registry, where the next years' checks find it.
 */
@ApplicationScoped
public class DecisionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private AuditLog auditLog;

    @Inject
    private NominationService nominations;

    @Inject
    @ConfigProperty(name = "thidua.decision.place", defaultValue = "Hà Tĩnh")
    private String defaultPlace;

    @Inject
    @ConfigProperty(name = "thidua.decision.issuingBody", defaultValue = "Sở Y tế")
    private String defaultIssuingBody;

    @Inject
    @ConfigProperty(name = "thidua.decision.symbol", defaultValue = "QĐ-SYT")
    private String defaultSymbol;

    public List<AwardDecision> decisions(long roundId) {
        requireReader();
        return em.createQuery("SELECT d FROM AwardDecision d WHERE d.round.id = :r ORDER BY d.id", AwardDecision.class)
                .setParameter("r", roundId).getResultList();
    }

    public AwardDecision find(long decisionId) {
        requireReader();
        AwardDecision d = em.find(AwardDecision.class, decisionId);
        if (d == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return d;
    }

    /** Approved nominations of the round that no decision lists yet. */
    private List<Nomination> undecided(long roundId) {
        requireReader();
        return em.createQuery("SELECT n FROM Nomination n WHERE n.round.id = :r AND n.status = :a AND NOT EXISTS"
                + " (SELECT i FROM DecisionItem i WHERE i.nomination = n) ORDER BY n.title.position, n.unit.name, n.id", Nomination.class)
                .setParameter("r", roundId).setParameter("a", NominationStatus.APPROVED).getResultList();
    }

    @Transactional
    public AwardDecision draft(long roundId) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        NominationRound round = nominations.round(roundId);
        List<Nomination> approved = undecided(roundId);
        if (approved.isEmpty()) {
            throw InvalidInputException.of("round", messages.get("decision.error.nothingApproved"));
        }
        List<BoardSession> closed = em.createQuery("SELECT s FROM BoardSession s WHERE s.round = :r AND s.status = :c ORDER BY s.closedAt DESC",
                BoardSession.class).setParameter("r", round).setParameter("c", SessionStatus.CLOSED).getResultList();
        BoardSession session = closed.isEmpty() ? null : closed.get(0);
        String legalBases = messages.get("decision.default.legalBases", session == null ? "" : VietnameseDates.format(session.getHeldOn()));
        AwardDecision d = new AwardDecision(round, session, defaultSymbol, defaultPlace, defaultIssuingBody,
                messages.get("decision.default.summary", round.getName()), legalBases);
        int position = 0;
        for (Nomination n : approved) {
            d.getItems().add(new DecisionItem(d, n, ++position));
        }
        em.persist(d);
        em.flush();
        return d;
    }

    public record Header(String number, String symbol, LocalDate signedOn, String place, String issuingBody, String summary,
            String legalBases, String signerName, String signerTitle) {
    }

    @Transactional
    public AwardDecision update(long decisionId, Long version, Header h) {
        AwardDecision d = draftOf(decisionId, version);
        String number = Forms.blankToNull(h.number());
        if (number != null && !number.matches("\\d{1,6}")) {
            throw InvalidInputException.of("number", messages.get("decision.error.number"));
        }
        d.setNumber(number);
        d.setSymbol(required("symbol", h.symbol(), 32));
        d.setSignedOn(h.signedOn());
        d.setPlace(required("place", h.place(), 64));
        d.setIssuingBody(required("issuingBody", h.issuingBody(), 255));
        d.setSummary(required("summary", h.summary(), 500));
        d.setLegalBases(required("legalBases", h.legalBases(), 10_000));
        d.setSignerName(optional("signerName", h.signerName(), 255));
        d.setSignerTitle(optional("signerTitle", h.signerTitle(), 255));
        em.flush();
        return d;
    }

    @Transactional
    public AwardDecision removeItem(long decisionId, Long version, long itemId) {
        AwardDecision d = draftOf(decisionId, version);
        DecisionItem item = d.getItems().stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
        d.getItems().remove(item);
        em.lock(d, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return d;
    }

    /** Saves the header shown on the page and issues the decision, all or nothing. */
    @Transactional
    public AwardDecision issue(long decisionId, Long version, Header header) {
        AwardDecision d = update(decisionId, version, header);
        return issue(decisionId, d.getVersion());
    }

    /** Issues the decision: from now on it is immutable, and its awards are in the registry. */
    @Transactional
    public AwardDecision issue(long decisionId, Long version) {
        AwardDecision d = draftOf(decisionId, version);
        if (d.getNumber() == null || d.getSignedOn() == null || d.getSignerName() == null || d.getSignerTitle() == null) {
            throw InvalidInputException.of(d.getNumber() == null ? "number" : d.getSignedOn() == null ? "signedOn" : "signerName",
                    messages.get("decision.error.incomplete"));
        }
        if (d.getItems().isEmpty()) {
            throw InvalidInputException.of("items", messages.get("decision.error.empty"));
        }
        long taken = em.createQuery("SELECT COUNT(x) FROM AwardDecision x WHERE x.number = :n AND x.symbol = :s AND x.id <> :id", Long.class)
                .setParameter("n", d.getNumber()).setParameter("s", d.getSymbol()).setParameter("id", d.getId()).getSingleResult();
        if (taken > 0) {
            throw InvalidInputException.of("number", messages.get("decision.error.numberTaken", d.numberAndSymbol()));
        }
        for (DecisionItem item : d.getItems()) {
            if (item.getNomination().getStatus() != NominationStatus.APPROVED) {
                throw InvalidInputException.of("items", messages.get("decision.error.notApproved", item.getNomination().candidateName()));
            }
        }
        int year = d.getRound().getYear();
        for (DecisionItem item : d.getItems()) {
            Nomination n = item.getNomination();
            AwardRecord award = new AwardRecord(n.candidateHomeUnit(), n.getStaff(), n.getTitle(), year, d.numberAndSymbol(),
                    d.getSignedOn(), d.getIssuingBody(), AwardSource.DECISION);
            award.setDecision(d);
            em.persist(award);
            n.setStatus(NominationStatus.AWARDED);
        }
        d.issue(currentUser.username(), LocalDateTime.now(ZoneOffset.UTC));
        em.flush();
        auditLog.record("ISSUE", "AwardDecision", d.getId(), null, d.citation() + "; awards=" + d.getItems().size());
        return d;
    }

    private AwardDecision draftOf(long decisionId, Long version) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        AwardDecision d = find(decisionId);
        Forms.requireVersion(d.getVersion(), version, messages.get("error.versionRequired"));
        if (d.isIssued()) {
            throw InvalidInputException.of("status", messages.get("decision.error.issued"));
        }
        return d;
    }

    private String required(String field, String value, int max) {
        String text = Forms.blankToNull(value);
        if (text == null || text.length() > max) {
            throw InvalidInputException.of(field, messages.get("decision.error.field", max));
        }
        return text;
    }

    private String optional(String field, String value, int max) {
        String text = Forms.blankToNull(value);
        if (text != null && text.length() > max) {
            throw InvalidInputException.of(field, messages.get("decision.error.field", max));
        }
        return text;
    }

    private void requireReader() {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR, Role.VIEWER);
    }
}
