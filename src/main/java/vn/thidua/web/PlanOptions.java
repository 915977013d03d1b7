package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.plan.PlanService;

/** The plans the user may pick in a form, read once per request. */
@Named
@RequestScoped
public class PlanOptions {

    @Inject
    private PlanService planService;

    private List<SelectItem> items;

    public List<SelectItem> getItems() {
        if (items == null) {
            items = planService.search(null, null, null).stream()
                    .map(p -> new SelectItem(p.getId(), p.getNumberSymbol() + " – " + p.getTitle())).toList();
        }
        return items;
    }
}
