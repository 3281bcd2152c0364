package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the calculation needs of an accepted act (line, assistant, service month, hours) with what
 * its assistant's earlier acts of the same service month already guaranteed (earlier cycles and
 * earlier lines of this file): the OPV/OSMS caps are per month. The act's other columns go from
 * act_intake into the record in the database ({@link ReimbursementRecordWriter}).
 */
public record ActToCalculate(long line, String assistantIin, YearMonth serviceMonth, BigDecimal hours,
                             BigDecimal serviceCost, BigDecimal priorGuaranteed) {
}
