package kz.assistant.reimbursement.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MioRepository extends JpaRepository<Mio, String> {
}
