package kz.assistant.reimbursement.acts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An act of completed work from PSU that passed every check of its own row.
 *
 * @param serviceCost the act's cost (п.3), or null when the file gives none
 */
public record PsuAct(long line, String actNumber, LocalDate actReceived, YearMonth serviceMonth, String orderNumber,
                     String decisionNumber, String oblast, String region, String mioBin, String personIin,
                     String personName, String supplierId, String supplierName, String assistantIin,
                     String assistantName, int serviceDays, BigDecimal hours, String supplierIban, String supplierBic,
                     BigDecimal serviceCost) {
}
