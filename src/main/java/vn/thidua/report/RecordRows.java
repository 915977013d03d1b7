package vn.thidua.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * A report's rows given as Java records: a field of the template reads the record component of its name (the bean
 * data source of JasperReports only knows getters).
 */
public final class RecordRows implements JRDataSource {

    private final Iterator<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Record current;

    private RecordRows(List<? extends Record> rows) {
        this.rows = rows.iterator();
    }

    public static RecordRows of(List<? extends Record> rows) {
        return new RecordRows(rows);
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.computeIfAbsent(current.getClass().getName() + "#" + field.getName(), k -> find(field.getName()));
        if (accessor == null) {
            throw new JRException("No component " + field.getName() + " in " + current.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read " + field.getName(), e);
        }
    }

    private Method find(String name) {
        for (RecordComponent component : current.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        return null;
    }
}
