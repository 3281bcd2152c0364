package kz.assistant.reimbursement.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import kz.assistant.reimbursement.identity.PersonalData;
import kz.assistant.reimbursement.system.Messages;

/**
 * An {@link ActTrace} as lines for the officer, in the officer's language (message keys {@code trace.*}).
 * Names, IINs and accounts are masked as in the logs unless {@code unmasked}.
 */
public final class ActTraceText {

    private final Messages messages;

    public ActTraceText(Messages messages) {
        this.messages = messages;
    }

    public List<String> lines(ActTrace t, boolean unmasked) {
        UnaryOperator<String> id = unmasked ? UnaryOperator.identity() : PersonalData::maskId;
        UnaryOperator<String> name = unmasked ? UnaryOperator.identity() : PersonalData::maskName;
        UnaryOperator<String> iban = unmasked ? UnaryOperator.identity() : PersonalData::maskIban;
        List<String> out = new ArrayList<>();
        out.add(m("trace.title", t.actNumber()));
        for (ActTrace.Intake in : t.intakes()) {
            out.add(in.accepted() ? m("trace.intake.accepted", in.cycleMonth(), in.fileName(), in.line())
                    : m("trace.intake.rejected", in.cycleMonth(), in.fileName(), in.line(), in.reason(), in.reasonCode()));
        }
        ActTrace.Record r = t.record();
        if (r == null) {
            out.add(m("trace.no-record"));
            return out;
        }
        out.add(m("trace.record", String.valueOf(r.recordId()), r.cycleMonth(), r.serviceMonth(), r.mioBin(), r.mioName()));
        out.add(m("trace.people", id.apply(r.supplierId()), name.apply(r.supplierName()), id.apply(r.assistantIin()),
                name.apply(r.assistantName()), id.apply(r.personIin()), name.apply(r.personName())));
        out.add(m("trace.sums", plain(r.hours()), plain(r.hourRate()), r.serviceCost() == null ? m("trace.no-cost") : plain(r.serviceCost()),
                plain(r.guaranteed()), plain(r.opv()), plain(r.osms()), plain(r.toSupplier())));
        out.add(m("trace.exemptions", yesNo(r.opvExempt()), yesNo(r.osmsExempt())));
        out.add(m("trace.account", iban.apply(r.supplierIban()), r.supplierBic()));
        out.add(m("trace.states"));
        for (ActTrace.Event e : t.events()) {
            out.add(m("trace.state", e.day() == null ? "—" : e.day().toString(), m("trace.state." + e.state()),
                    e.detail() == null ? "" : " (" + e.detail() + ")"));
        }
        if (t.request() != null) {
            out.add(m("trace.request", t.request().cycleMonth(), t.request().formedOn(), t.request().dueBy(), plain(t.request().amount())));
        }
        out.add(t.funding() == null ? m("trace.not-funded") : m("trace.funding", t.funding().paymentOrderNumber(),
                t.funding().paymentOrderDate(), t.funding().receivedOn(), plain(t.funding().amount())));
        for (ActTrace.Payment p : t.payments()) {
            out.add(m("trace.payment", p.reference(), p.attempt(), p.fromReturnedMoney() ? m("trace.payment.again") : "", p.messageId(),
                    p.bic(), p.runNumber(), iban.apply(p.iban()), plain(p.amount()), p.state(), p.sentOn()));
        }
        for (ActTrace.Return ret : t.returns()) {
            out.add(m("trace.return", ret.paymentReference(), ret.returnedOn(), plain(ret.amount()), ret.reason(), ret.fileName()));
        }
        for (ActTrace.NewDetails d : t.newDetails()) {
            out.add(m("trace.new-details", d.changedOn(), iban.apply(d.iban()), d.bic(), d.fileName()));
        }
        if (t.refund() != null) {
            out.add(m("trace.refund", t.refund().refundedOn(), plain(t.refund().amount())));
        }
        out.add(t.contributions() == null ? m("trace.contributions.none") : m("trace.contributions",
                t.contributions().transferredOn(), plain(t.contributions().opv()), plain(t.contributions().osms())));
        if (!unmasked) {
            out.add(m("trace.masked"));
        }
        return out;
    }

    private String yesNo(boolean value) {
        return m(value ? "trace.yes" : "trace.no");
    }

    private String m(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // As text: MessageFormat would group a number's digits and write a date in its own way.
            texts[i] = arguments[i] == null ? "—" : arguments[i].toString();
        }
        return messages.get(key, texts);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "—" : amount.toPlainString();
    }
}
