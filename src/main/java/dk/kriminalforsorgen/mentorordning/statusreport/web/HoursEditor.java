package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/** Hours as Danes write them: "12,5" and "12.5" both bind; shown as "12,5" (IN1: a bad value is a typeMismatch). */
final class HoursEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        try {
            setValue(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of hours", e);
        }
    }

    @Override
    public String getAsText() {
        return format((BigDecimal) getValue());
    }

    static String format(BigDecimal hours) {
        if (hours == null) {
            return "";
        }
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
