package vn.thidua.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import vn.thidua.common.VietnameseDates;

/** Shows a moment stored in UTC on the province's clock (25/11/2026 16:05); output only. */
@FacesConverter("vnTime")
public class UtcTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return VietnameseDates.formatUtc(value);
    }
}
