package kz.assistant.reimbursement.samples;

import java.time.LocalDate;

/** A generated person: the IIN's birth date and sex digit agree with {@code birth} and {@code female}. */
record SamplePerson(String iin, String name, boolean female, LocalDate birth) {
}
