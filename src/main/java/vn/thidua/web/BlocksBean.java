package vn.thidua.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Messages;
import vn.thidua.org.BlockForm;
import vn.thidua.org.BlockService;
import vn.thidua.org.EmulationBlock;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;

/** Emulation blocks of a year, and the form to create or change one (on the same page). */
@Named
@ViewScoped
public class BlocksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record BlockRow(long id, String name, int year, String description, int unitCount, String unitNames)
            implements Serializable {
    }

    @Inject
    private transient BlockService blockService;

    @Inject
    private transient UnitService unitService;

    @Inject
    private transient Messages messages;

    private Integer year;
    private List<BlockRow> blocks;

    private Long editId;
    private String name;
    private Integer editYear;
    private String description;
    private List<Long> unitIds = new ArrayList<>();
    private Long version;
    private boolean editing;

    @PostConstruct
    void init() {
        year = java.time.Year.now().getValue();
        reload();
    }

    public void reload() {
        blocks = blockService.list(year).stream().map(b -> new BlockRow(b.getId(), b.getName(), b.getYear(),
                b.getDescription(), b.getUnits().size(),
                b.getUnits().stream().map(Unit::getName).collect(Collectors.joining("; ")))).toList();
    }

    public void startNew() {
        requireEditor();
        editId = null;
        name = null;
        editYear = year;
        description = null;
        unitIds = new ArrayList<>();
        version = null;
        editing = true;
    }

    public void startEdit(long id) {
        requireEditor();
        EmulationBlock block = blockService.find(id);
        editId = block.getId();
        name = block.getName();
        editYear = block.getYear();
        description = block.getDescription();
        unitIds = new ArrayList<>(block.getUnits().stream().map(Unit::getId).toList());
        version = block.getVersion();
        editing = true;
    }

    public void save() {
        BlockForm form = new BlockForm(name, editYear, description, unitIds, version);
        if (FormErrors.attempt("blockForm", () -> blockService.save(editId, form))) {
            editing = false;
            year = editYear;
            reload();
            FormErrors.info("common.saved");
        }
    }

    public void cancel() {
        editing = false;
    }

    public boolean isEditable() {
        return unitService.canEditUnits();
    }

    private void requireEditor() {
        if (!isEditable()) {
            throw new AccessDeniedException(messages.get("error.forbidden"));
        }
    }

    public List<BlockRow> getBlocks() {
        return blocks;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getEditYear() {
        return editYear;
    }

    public void setEditYear(Integer editYear) {
        this.editYear = editYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }
}
