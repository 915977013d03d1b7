package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.thidua.org.EmploymentStatus;
import vn.thidua.org.Gender;
import vn.thidua.org.StaffForm;
import vn.thidua.org.StaffMember;
import vn.thidua.org.StaffService;
import vn.thidua.org.UnitService;

/** Create or edit one staff member: /org/person.xhtml?id=… or ?unit=… */
@Named
@ViewScoped
public class PersonEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient StaffService staffService;

    @Inject
    private transient UnitService unitService;

    private Long id;
    private Long unit;
    private String code;
    private String fullName;
    private Gender gender;
    private LocalDate birthDate;
    private String position;
    private Long unitId;
    private EmploymentStatus status = EmploymentStatus.ACTIVE;
    private Long version;

    /** Loads the person named in the URL; another unit's person answers 403. */
    public void load() {
        if (id != null) {
            StaffMember member = staffService.find(id);
            code = member.getCode();
            fullName = member.getFullName();
            gender = member.getGender();
            birthDate = member.getBirthDate();
            position = member.getPosition();
            unitId = member.getUnit().getId();
            status = member.getStatus();
            version = member.getVersion();
        } else if (unit != null) {
            unitId = unitService.find(unit).getId();
        }
    }

    public String save() {
        StaffForm form = new StaffForm(code, fullName, gender, birthDate, position, unitId, status, version);
        boolean saved = FormErrors.attempt("personForm", () -> {
            if (id == null) {
                id = staffService.create(form).getId();
            } else {
                staffService.update(id, form);
            }
        });
        if (!saved) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/org/staff?faces-redirect=true&unit=" + unitId;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public EmploymentStatus[] getStatuses() {
        return EmploymentStatus.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public void setStatus(EmploymentStatus status) {
        this.status = status;
    }
}
