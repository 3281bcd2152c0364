package kz.assistant.reimbursement.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bank or Kazpost through which suppliers are paid, known by its BIC and its IBAN bank code. */
@Entity
@Table(name = "authorized_organization")
public class AuthorizedOrganization {

    @Id
    @Column(length = 11)
    private String bic;

    @Column(name = "bank_code", nullable = false, length = 3)
    private String bankCode;

    @Column(nullable = false)
    private String name;

    protected AuthorizedOrganization() {
    }

    public AuthorizedOrganization(String bic, String bankCode, String name) {
        this.bic = bic;
        this.bankCode = bankCode;
        this.name = name;
    }

    public String getBic() {
        return bic;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getName() {
        return name;
    }
}
