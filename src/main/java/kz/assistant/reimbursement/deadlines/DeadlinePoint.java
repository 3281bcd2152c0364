package kz.assistant.reimbursement.deadlines;

/**
 * The deadlines of a cycle month, by the point of the order that sets each (п.26: the MIOs and the
 * State Corporation keep the order's terms). The label is the key of its text in the message bundles
 * ({@code deadlines.point.<name>}).
 */
public enum DeadlinePoint {
    /** The list by acts on the 14th of M. */
    P6_LIST("6"),
    /** The need on the 15th of M. */
    P12_NEED("12"),
    /** The request to the MIO not later than the next working day after the need. */
    P14_REQUEST("14"),
    /** The MIO's money within two working days after the request. */
    P15_MIO_MONEY("15"),
    /** Payment to the suppliers within two working days after the money arrived. */
    P16_PAYMENT("16"),
    /** A return reported to E-Sobes not later than the next working day. */
    P17_RETURN_REPORTED("17"),
    /** PSU told of the incorrect details within one working day. */
    P18_SUPPLIER_TOLD("18"),
    /** New details passed on for repeat funding within one working day. */
    P19_NEW_DETAILS("19"),
    /** Unsent returned sums back to the MIO by the last working day of M+1. */
    P20_REFUND("20"),
    /** The reconciliation act by the 25th of M+1. */
    P21_ACT("21"),
    /** The act signed by the MIO back by the 10th of the month after the act's month. */
    P22_SIGNED_ACT("22"),
    /** The bank-service data for the MIO's payment of bank services. */
    P23_BANK_SERVICE("23");

    private final String number;

    DeadlinePoint(String number) {
        this.number = number;
    }

    /** The point's number in the order: "п.15". */
    public String number() {
        return number;
    }
}
