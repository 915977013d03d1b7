package vn.thidua.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a user pasted or uploaded, kept editable so that a cell can be fixed in the preview and the
 * table read again.
 */
public class TableImportSource implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable cell; JSF binds an input to its value. */
    public static class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private String value;

        Cell(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    private final List<List<Cell>> rows = new ArrayList<>();

    public TableImportSource(List<List<String>> source) {
        for (List<String> row : source) {
            List<Cell> cells = new ArrayList<>();
            row.forEach(value -> cells.add(new Cell(value)));
            rows.add(cells);
        }
    }

    /** The cells of a 1-based source row, or none. */
    public List<Cell> row(int rowNumber) {
        return rowNumber >= 1 && rowNumber <= rows.size() ? rows.get(rowNumber - 1) : List.of();
    }

    public List<List<String>> rows() {
        return rows.stream().map(r -> r.stream().map(c -> c.value == null ? "" : c.value.strip()).toList()).toList();
    }
}
