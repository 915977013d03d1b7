package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;

/** The units the user may pick in a form, indented by their depth in the tree. */
@Named
@RequestScoped
public class UnitOptions {

    @Inject
    private UnitService unitService;

    private List<SelectItem> items;

    public List<SelectItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            List<Unit> units = unitService.visibleUnits();
            int baseDepth = units.isEmpty() ? 0 : depth(units.get(0));
            for (Unit unit : units) {
                String indent = "\u00a0\u00a0\u00a0".repeat(Math.max(0, depth(unit) - baseDepth));
                items.add(new SelectItem(unit.getId(), indent + unit.getName() + (unit.isActive() ? "" : " (×)")));
            }
        }
        return items;
    }

    private static int depth(Unit unit) {
        return (int) unit.getPath().chars().filter(c -> c == '/').count();
    }
}
