package kz.assistant.reimbursement;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReimbursementApplication {
}
