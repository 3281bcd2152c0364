package kz.assistant.reimbursement.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    java.util.Optional<AuditEntry> findFirstByJobExecutionIdAndActionOrderByIdDesc(Long jobExecutionId, String action);

    Page<AuditEntry> findByCycleMonthOrderByIdDesc(String cycleMonth, Pageable page);
}
