package kz.assistant.reimbursement.records;

import java.math.BigDecimal;

import kz.assistant.reimbursement.acts.PsuAct;

/**
 * An accepted act with what its assistant's earlier acts of the same service month already
 * guaranteed (earlier cycles and earlier lines of this file): the OPV/OSMS caps are per month.
 */
public record ActToCalculate(PsuAct act, BigDecimal priorGuaranteed) {
}
