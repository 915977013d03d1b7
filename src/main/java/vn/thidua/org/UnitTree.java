package vn.thidua.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders units as a tree is read: each unit followed by its sub-units, siblings by type then name. */
final class UnitTree {

    private static final Comparator<Unit> SIBLINGS = Comparator.comparing(Unit::getType)
            .thenComparing(Unit::getName, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));

    private UnitTree() {
    }

    static List<Unit> depthFirst(List<Unit> units) {
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.getId(), u));
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            Unit parent = u.getParent();
            if (parent != null && byId.containsKey(parent.getId())) {
                children.computeIfAbsent(parent.getId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<Unit> ordered = new ArrayList<>(units.size());
        roots.sort(SIBLINGS);
        roots.forEach(r -> visit(r, children, ordered));
        return ordered;
    }

    private static void visit(Unit unit, Map<Long, List<Unit>> children, List<Unit> out) {
        out.add(unit);
        children.getOrDefault(unit.getId(), List.of()).stream().sorted(SIBLINGS).forEach(k -> visit(k, children, out));
    }
}
