package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Messages;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitForm;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitType;

/** Create or edit one unit: /org/unit.xhtml?id=… or ?parent=… */
@Named
@ViewScoped
public class UnitEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UnitService unitService;

    @Inject
    private transient Messages messages;

    private Long id;
    private Long parent;
    private String code;
    private String name;
    private UnitType type;
    private Long parentId;
    private Long population;
    private String address;
    private String headName;
    private boolean active = true;
    private Long version;

    /** Loads the unit named in the URL, refusing (403) one outside the user's scope. */
    public void load() {
        if (!unitService.canEditUnits()) {
            throw new AccessDeniedException(messages.get("error.forbidden"));
        }
        if (id != null) {
            Unit unit = unitService.find(id);
            code = unit.getCode();
            name = unit.getName();
            type = unit.getType();
            parentId = unit.getParent() == null ? null : unit.getParent().getId();
            population = unit.getPopulation();
            address = unit.getAddress();
            headName = unit.getHeadName();
            active = unit.isActive();
            version = unit.getVersion();
        } else if (parent != null) {
            parentId = unitService.find(parent).getId();
        }
    }

    public String save() {
        UnitForm form = new UnitForm(code, name, type, parentId, population, address, headName, version);
        boolean saved = FormErrors.attempt("unitForm", () -> {
            if (id == null) {
                id = unitService.create(form).getId();
            } else {
                unitService.update(id, form);
            }
        });
        if (!saved) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/org/units?faces-redirect=true";
    }

    public String toggleActive() {
        boolean saved = FormErrors.attempt("unitForm", () -> unitService.setActive(id, !active, version));
        if (!saved) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/org/units?faces-redirect=true";
    }

    public UnitType[] getTypes() {
        return UnitType.values();
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

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public boolean isActive() {
        return active;
    }
}
