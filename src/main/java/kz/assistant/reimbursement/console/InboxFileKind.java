package kz.assistant.reimbursement.console;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.assistant.reimbursement.acts.ActColumns;
import kz.assistant.reimbursement.exemptions.FileExemptionSource;
import kz.assistant.reimbursement.payments.MioTransfersTasklet;
import kz.assistant.reimbursement.returns.BankReturnsTasklet;
import kz.assistant.reimbursement.returns.SupplierRequisitesTasklet;

/**
 * The input files of the contract (docs/file-contract.md) that an officer may upload, with the
 * columns the job that reads each one requires. A name that matches none is refused, so a name from
 * the request never becomes a path by itself.
 */
enum InboxFileKind {

    PSU_ACTS("psu-acts.csv", null, ActColumns.ALL),
    OOP_EXEMPTIONS("oop-exemptions.csv", null, FileExemptionSource.COLUMNS),
    MIO_TRANSFERS("mio-transfers*.csv", "mio-transfers", MioTransfersTasklet.COLUMNS),
    BANK_RETURNS("bank-returns*.csv", "bank-returns", BankReturnsTasklet.COLUMNS),
    PSU_REQUISITES("psu-requisites*.csv", "psu-requisites", SupplierRequisitesTasklet.COLUMNS),
    // No job reads these yet, so only what every input file must be is checked: encoding and header.
    OPV_OSMS_TRANSFERS("opv-osms-transfers*.csv", "opv-osms-transfers", List.of());

    private final String pattern;
    /** The kind under which input_file remembers the files of a delivery read once by content; null for one file a month. */
    private final String deliveryKind;
    private final List<String> requiredColumns;
    private final Pattern name;

    InboxFileKind(String pattern, String deliveryKind, List<String> requiredColumns) {
        this.pattern = pattern;
        this.deliveryKind = deliveryKind;
        this.requiredColumns = requiredColumns;
        this.name = Pattern.compile(pattern.contains("*")
                ? Pattern.quote(pattern.substring(0, pattern.indexOf('*'))) + "[A-Za-z0-9._-]{0,60}" + Pattern.quote(".csv")
                : Pattern.quote(pattern));
    }

    static Optional<InboxFileKind> of(String fileName) {
        for (InboxFileKind kind : values()) {
            if (fileName != null && kind.name.matcher(fileName).matches() && !fileName.contains("..")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String pattern() {
        return pattern;
    }

    String deliveryKind() {
        return deliveryKind;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }
}
