package kz.assistant.reimbursement.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** OOP's answer for one assistant: the bases of exemption the Social Code and the OSMS law give. */
final class SampleExemptions {

    private SampleExemptions() {
    }

    static String exemption(SplittableRandom r, SamplePerson person, YearMonth cycle) {
        LocalDate monthStart = cycle.minusMonths(1).atDay(1);
        LocalDate pension = person.birth().plusYears(person.female() ? 61 : 63);
        String basis;
        boolean opv;
        boolean osms;
        LocalDate from;
        LocalDate to = null;
        if (pension.isBefore(monthStart) && r.nextInt(100) < 80) {
            basis = "пенсионер по возрасту";
            opv = true;
            osms = false;
            from = pension;
        } else {
            int roll = r.nextInt(100);
            if (roll < 35) {
                basis = "лицо с инвалидностью 1 группы";
                opv = true;
                osms = true;
            } else if (roll < 65) {
                basis = "лицо с инвалидностью 2 группы";
                opv = true;
                osms = true;
            } else if (roll < 80 || !person.female() || person.birth().getYear() > 1996) {
                basis = "получатель пенсионных выплат за выслугу лет";
                opv = true;
                osms = false;
            } else {
                basis = "мать, награжденная подвеской «Алтын алқа»";
                opv = false;
                osms = true;
            }
            from = cycle.minusMonths(3 + r.nextInt(60)).atDay(1 + r.nextInt(28));
            int variant = r.nextInt(100);
            if (variant < 10) {
                // expired: ends before the service month
                to = cycle.minusMonths(2 + r.nextInt(6)).atDay(1).minusDays(1);
                from = to.minusMonths(6 + r.nextInt(30));
            } else if (variant < 20) {
                // granted only after the service month
                from = cycle.atDay(1 + r.nextInt(cycle.lengthOfMonth()));
            } else if (variant < 35) {
                to = cycle.plusMonths(1 + r.nextInt(24)).atEndOfMonth();
            }
        }
        return String.join(";", person.iin(), Boolean.toString(opv), Boolean.toString(osms), SampleAct.csv(basis),
                from.toString(), to == null ? "" : to.toString());
    }
}
