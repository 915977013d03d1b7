package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.org.BlockService;
import vn.thidua.org.StaffQuery;
import vn.thidua.org.StaffService;
import vn.thidua.org.UnitService;
import vn.thidua.security.AccountService;

@Named
@RequestScoped
public class HomeBean {

    @Inject
    private UnitService unitService;

    @Inject
    private StaffService staffService;

    @Inject
    private BlockService blockService;

    @Inject
    private AccountService accountService;

    @Inject
    private UserBean user;

    /** Sends a user who must change a one-time password to the password page first. */
    public String checkPassword() {
        return accountService.mustChangePassword() ? "/account/password?faces-redirect=true" : null;
    }

    public int getUnitCount() {
        return unitService.visibleUnits().size();
    }

    public long getStaffCount() {
        return user.isStaffViewer() ? staffService.page(StaffQuery.firstPage(null, null)).total() : 0;
    }

    public int getBlockCount() {
        return blockService.list(null).size();
    }
}
