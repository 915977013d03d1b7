package vn.thidua.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows of a report as Java records: a field of the template reads the record component of the same name
 * (JRBeanCollectionDataSource only knows getters).
 */
public final class RecordDataSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private int index = -1;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean next() {
        return ++index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Record row = rows.get(index);
        Method accessor = accessors.computeIfAbsent(row.getClass().getName() + "#" + field.getName(), k -> find(row, field.getName()));
        if (accessor == null) {
            throw new JRException("No component " + field.getName() + " in " + row.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read " + field.getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    public int size() {
        return rows.size();
    }

    private static Method find(Record row, String name) {
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                return m;
            }
        }
        return null;
    }
}
