package kz.assistant.reimbursement.cli;

import java.time.YearMonth;

/**
 * A part of {@code status --month M} that a feature adds below the runs (what the month waits for, its
 * late deadlines): lines already indented and ending in a newline, or nothing.
 */
public interface MonthStatusSection {

    String render(YearMonth month, String language);
}
