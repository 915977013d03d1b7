package vn.thidua.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitType;

/** The unit tree page. */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the tree; small and serializable, unlike the entity. */
    public record UnitRow(long id, String code, String name, UnitType type, Long population, String headName,
            boolean active) implements Serializable {
    }

    @Inject
    private transient UnitService unitService;

    private TreeNode<UnitRow> root;

    @PostConstruct
    void load() {
        List<Unit> units = unitService.visibleUnits();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<UnitRow>> nodes = new HashMap<>();
        for (Unit unit : units) {
            TreeNode<UnitRow> parent = unit.getParent() == null ? root : nodes.getOrDefault(unit.getParent().getId(), root);
            TreeNode<UnitRow> node = new DefaultTreeNode<>(new UnitRow(unit.getId(), unit.getCode(), unit.getName(),
                    unit.getType(), unit.getPopulation(), unit.getHeadName(), unit.isActive()), parent);
            node.setExpanded(parent == root);
            nodes.put(unit.getId(), node);
        }
    }

    public TreeNode<UnitRow> getRoot() {
        return root;
    }

    public boolean isEditable() {
        return unitService.canEditUnits();
    }
}
