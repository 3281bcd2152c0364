package kz.assistant.reimbursement.system;

import java.time.YearMonth;

/** Months as the forms print them: "март 2026 г.". */
public final class MonthNames {

    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};

    private MonthNames() {
    }

    public static String nominative(YearMonth month) {
        return NOMINATIVE[month.getMonthValue() - 1] + " " + month.getYear() + " г.";
    }
}
