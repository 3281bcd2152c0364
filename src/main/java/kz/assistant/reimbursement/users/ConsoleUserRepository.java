package kz.assistant.reimbursement.users;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsoleUserRepository extends JpaRepository<ConsoleUser, Long> {

    Optional<ConsoleUser> findByName(String name);

    List<ConsoleUser> findAllByOrderByName();
}
