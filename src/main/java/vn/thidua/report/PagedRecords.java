package vn.thidua.report;

import java.util.List;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Rows of a report read page by page while the report fills, so that no more than one page of rows is in memory;
 * after each page the number of rows read so far is reported.
 */
public final class PagedRecords implements JRDataSource {

    /** Reads the rows from offset, at most limit of them; fewer than limit means the last page. */
    public interface Pages {
        List<? extends Record> read(int offset, int limit);
    }

    private final Pages pages;
    private final int pageSize;
    private final IntConsumer progress;
    private RecordDataSource page = new RecordDataSource(List.of());
    private int read;
    private boolean last;

    public PagedRecords(Pages pages, int pageSize, IntConsumer progress) {
        this.pages = pages;
        this.pageSize = pageSize;
        this.progress = progress;
    }

    @Override
    public boolean next() {
        if (page.next()) {
            return true;
        }
        if (last) {
            return false;
        }
        List<? extends Record> rows = pages.read(read, pageSize);
        read += rows.size();
        last = rows.size() < pageSize;
        progress.accept(read);
        page = new RecordDataSource(rows);
        return page.next();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        return page.getFieldValue(field);
    }
}
