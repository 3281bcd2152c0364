package kz.assistant.reimbursement.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorizedOrganizationRepository extends JpaRepository<AuthorizedOrganization, String> {
}
