package kz.assistant.reimbursement.calculation;

import java.math.BigDecimal;

/** The guaranteed sum of one act and its parts: OPV and OSMS are within G, the rest goes to the supplier. */
public record SumParts(BigDecimal guaranteed, BigDecimal opv, BigDecimal osms, BigDecimal toSupplier) {
}
