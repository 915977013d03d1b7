package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.thidua.common.Page;
import vn.thidua.org.EmploymentStatus;
import vn.thidua.org.Gender;
import vn.thidua.org.StaffMember;
import vn.thidua.org.StaffQuery;
import vn.thidua.org.StaffService;
import vn.thidua.org.UnitService;

/** The staff list: lazy, sorted and filtered in the database, limited to the user's units. */
@Named
@ViewScoped
public class StaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record StaffRow(long id, String code, String fullName, Gender gender, LocalDate birthDate, String position,
            String unitName, EmploymentStatus status) implements Serializable {
    }

    @Inject
    private transient StaffService staffService;

    @Inject
    private transient UnitService unitService;

    private Long unit;
    private boolean includeSubunits = true;
    private String text;
    private EmploymentStatus status;
    private final LazyDataModel<StaffRow> model = new StaffModel();

    /** Checks the unit in the URL (?unit=…) against the user's scope. */
    public void load() {
        if (unit != null) {
            unitService.find(unit);
        }
    }

    public void search() {
        // the table reloads through its model with the new criteria
    }

    private final class StaffModel extends LazyDataModel<StaffRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) fetch(0, 1, "fullName", true).total();
        }

        @Override
        public List<StaffRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "fullName" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            Page<StaffMember> page = fetch(first, pageSize, field, ascending);
            setRowCount((int) page.total());
            return page.items().stream().map(s -> new StaffRow(s.getId(), s.getCode(), s.getFullName(), s.getGender(),
                    s.getBirthDate(), s.getPosition(), s.getUnit().getName(), s.getStatus())).toList();
        }

        @Override
        public String getRowKey(StaffRow row) {
            return String.valueOf(row.id());
        }

        private Page<StaffMember> fetch(int first, int pageSize, String field, boolean ascending) {
            return staffService.page(new StaffQuery(unit, includeSubunits, text, status, null, field, ascending, first, pageSize));
        }
    }

    public LazyDataModel<StaffRow> getModel() {
        return model;
    }

    public EmploymentStatus[] getStatuses() {
        return EmploymentStatus.values();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public boolean isIncludeSubunits() {
        return includeSubunits;
    }

    public void setIncludeSubunits(boolean includeSubunits) {
        this.includeSubunits = includeSubunits;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public void setStatus(EmploymentStatus status) {
        this.status = status;
    }
}
