package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;

/**
 * Numbers typed the Vietnamese way (8,25; 1.248.643) into BigDecimal, or into Long when the
 * component's attribute "integer" is true; shown back in the same notation.
 */
@FacesConverter("vnNumber")
public class VietnameseNumberConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = VietnameseNumbers.parse(value);
            if (Boolean.parseBoolean(String.valueOf(component.getAttributes().get("integer")))) {
                return number.longValueExact();
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(context.getViewRoot().getLocale(), "error.number", value.strip()), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        return VietnameseNumbers.format(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }
}
