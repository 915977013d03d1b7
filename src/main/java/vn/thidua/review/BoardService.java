package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.security.Account;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Review boards, their members and declared conflicts. The office (SECRETARIAT) sets boards up; a member declares
 * conflicts of their own; the office sees every conflict.
 */
@ApplicationScoped
public class BoardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlanService planService;

    @Inject
    private Messages messages;

    public List<ReviewBoard> list(long planId) {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        EmulationPlan plan = planService.find(planId);
        return em.createQuery("SELECT b FROM ReviewBoard b WHERE b.plan = :p ORDER BY b.year DESC, b.name", ReviewBoard.class)
                .setParameter("p", plan).getResultList();
    }

    public ReviewBoard find(long boardId) {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        ReviewBoard board = em.find(ReviewBoard.class, boardId);
        if (board == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return board;
    }

    @Transactional
    public ReviewBoard create(long planId, Integer year, BoardLevel level, String name) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        EmulationPlan plan = planService.find(planId);
        String text = Forms.blankToNull(name);
        if (text == null || year == null || !plan.coversYear(year)) {
            throw InvalidInputException.of(text == null ? "name" : "year", messages.get("board.error.form", plan.getPeriod()));
        }
        ReviewBoard board = new ReviewBoard(plan, year, level == null ? BoardLevel.DEPARTMENT : level, text);
        em.persist(board);
        em.flush();
        return board;
    }

    /** Puts an account on the board; only accounts with a board role may score or chair. */
    @Transactional
    public BoardMember addMember(long boardId, Long accountId, BoardRole role) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewBoard board = find(boardId);
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || role == null) {
            throw InvalidInputException.of("accountId", messages.get("board.error.member"));
        }
        boolean boardAccount = account.getRoles().contains(Role.BOARD_MEMBER) || account.getRoles().contains(Role.BOARD_CHAIR);
        if (!boardAccount || role == BoardRole.CHAIR && !account.getRoles().contains(Role.BOARD_CHAIR)) {
            throw InvalidInputException.of("accountId", messages.get("board.error.memberRole", account.getUsername()));
        }
        if (board.getMembers().stream().anyMatch(m -> m.getAccount().getId().equals(account.getId()))) {
            throw InvalidInputException.of("accountId", messages.get("board.error.memberTwice", account.getUsername()));
        }
        BoardMember member = new BoardMember(board, account, role);
        board.getMembers().add(member);
        em.persist(member);
        em.flush();
        return member;
    }

    /** The caller's own membership of a board, if any. */
    public BoardMember membershipOf(ReviewBoard board) {
        Long me = currentUser.accountId();
        return board.getMembers().stream().filter(m -> m.getAccount().getId().equals(me)).findFirst().orElse(null);
    }

    /** A member declares a conflict with a unit (or the office does for them), with the reason. */
    @Transactional
    public ConflictDeclaration declareConflict(long boardId, long memberId, Long unitId, String reason) {
        ReviewBoard board = find(boardId);
        BoardMember member = board.getMembers().stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
        if (!currentUser.hasRole(Role.SECRETARIAT) && !member.getAccount().getId().equals(currentUser.accountId())) {
            throw new vn.thidua.common.AccessDeniedException(messages.get("board.error.ownConflictsOnly"));
        }
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        String text = Forms.blankToNull(reason);
        if (unit == null || text == null || text.length() > 1000) {
            throw InvalidInputException.of(unit == null ? "unitId" : "reason", messages.get("board.error.conflict"));
        }
        boolean known = em.createQuery("SELECT COUNT(c) FROM ConflictDeclaration c WHERE c.member = :m AND c.unit = :u", Long.class)
                .setParameter("m", member).setParameter("u", unit).getSingleResult() > 0;
        if (known) {
            throw InvalidInputException.of("unitId", messages.get("board.error.conflictTwice", unit.getName()));
        }
        ConflictDeclaration conflict = new ConflictDeclaration(member, unit, text, LocalDateTime.now(ZoneOffset.UTC));
        em.persist(conflict);
        em.flush();
        return conflict;
    }

    /** Every declared conflict on a board: the office's view. */
    public List<ConflictDeclaration> conflicts(long boardId) {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN);
        ReviewBoard board = find(boardId);
        return em.createQuery("SELECT c FROM ConflictDeclaration c WHERE c.member.board = :b ORDER BY c.declaredAt", ConflictDeclaration.class)
                .setParameter("b", board).getResultList();
    }

    /** The accounts that may sit on a board (a board role), for the office to pick from. */
    public List<Account> boardAccounts() {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.enabled = TRUE AND r IN :roles ORDER BY a.fullName",
                Account.class).setParameter("roles", java.util.Set.of(Role.BOARD_MEMBER, Role.BOARD_CHAIR)).getResultList();
    }

    /** Every active unit, in tree order: any of them may be declared a conflict. */
    public List<Unit> declarableUnits() {
        return em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.path", Unit.class).getResultList();
    }

    /** The paths of the units a member declared conflicts with. */
    List<String> declaredPaths(BoardMember member) {
        return em.createQuery("SELECT c.unit.path FROM ConflictDeclaration c WHERE c.member = :m", String.class)
                .setParameter("m", member).getResultList();
    }
}
