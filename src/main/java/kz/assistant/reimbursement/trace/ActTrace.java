package kz.assistant.reimbursement.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole path of one act through the order, as data (the command line and the web console render
 * it): how it came in, what was decided, what it was reimbursed, and every event of its record after.
 * Personal data is here in full; whoever renders it masks it unless told not to.
 */
public record ActTrace(String actNumber, List<Intake> intakes, Record record, List<Event> events, Request request,
                       Transfer funding, List<Payment> payments, List<Return> returns, List<NewDetails> newDetails,
                       Refund refund, Contributions contributions) {

    /** A file that carried the act: the cycle, file and line, and its verdict there (reason null when accepted). */
    public record Intake(String cycleMonth, String fileName, long line, boolean accepted, String reasonCode, String reason) {
    }

    /** The reimbursement record formed from the act, as formed (п.25). */
    public record Record(long recordId, String cycleMonth, String serviceMonth, String mioBin, String mioName, String supplierId,
                         String supplierName, String assistantIin, String assistantName, String personIin, String personName,
                         BigDecimal hours, BigDecimal hourRate, BigDecimal serviceCost, BigDecimal guaranteed, BigDecimal opv,
                         BigDecimal osms, BigDecimal toSupplier, boolean opvExempt, boolean osmsExempt, String supplierIban,
                         String supplierBic, String state) {
    }

    /** A state the record took, on its business day (FORMED, REQUESTED, FUNDED, SENT, RETURNED, REQUEUED, PAID, REFUNDED). */
    public record Event(LocalDate day, String state, String detail) {
    }

    /** The funding request (п.14) the record went into. */
    public record Request(String cycleMonth, LocalDate formedOn, LocalDate dueBy, BigDecimal amount) {
    }

    /** The MIO's payment order after whose arrival the record was funded (п.15): the MIO's money is one balance. */
    public record Transfer(String paymentOrderNumber, LocalDate paymentOrderDate, LocalDate receivedOn, BigDecimal amount) {
    }

    /** A payment of the record (п.16, п.19): its register, reference and the account it went to. */
    public record Payment(String reference, int attempt, String messageId, String bic, int runNumber, String iban,
                          BigDecimal amount, String state, LocalDate sentOn, boolean fromReturnedMoney) {
    }

    /** A bank's return of a payment (п.17). */
    public record Return(String paymentReference, LocalDate returnedOn, BigDecimal amount, String reason, String fileName) {
    }

    /** New bank details of the supplier from PSU (п.19). */
    public record NewDetails(LocalDate changedOn, String iban, String bic, String fileName) {
    }

    /** Returned money given back to the MIO (п.20). */
    public record Refund(LocalDate refundedOn, BigDecimal amount) {
    }

    /** CBD's confirmation that the OPV and OSMS were transferred (п.10). */
    public record Contributions(LocalDate transferredOn, BigDecimal opv, BigDecimal osms) {
    }
}
