package kz.assistant.reimbursement.payments;

import kz.assistant.reimbursement.identity.IdentityNumber;

/**
 * Who is paid (docs/rules.md, "Who is who"): an NGO by its BIN, a sole proprietor by an IIN that is
 * not the assistant's, or the assistant himself. Each kind has its own beneficiary code (Кбе) in
 * payment_code.
 */
public enum SupplierKind {
    NGO, SOLE_PROPRIETOR, PERSON;

    public static SupplierKind of(String supplierId, String assistantIin) {
        if (IdentityNumber.isBin(supplierId)) {
            return NGO;
        }
        return supplierId.equals(assistantIin) ? PERSON : SOLE_PROPRIETOR;
    }

    /** pain.001 puts an organization's id under OrgId and a person's (an IIN, sole proprietors too) under PrvtId. */
    boolean isOrganization() {
        return this == NGO;
    }
}
