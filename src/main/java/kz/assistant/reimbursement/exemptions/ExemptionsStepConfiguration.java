package kz.assistant.reimbursement.exemptions;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.YearMonth;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** oop-exemptions, the 14th's question to OOP (п.7): one step, the answer stored for the calculation. */
@Configuration(proxyBeanMethods = false)
public class ExemptionsStepConfiguration {

    @Bean
    Step exemptionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExemptionsTasklet exemptionsTasklet) {
        return new StepBuilder("oop-exemptions", jobRepository).tasklet(exemptionsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ExemptionsTasklet exemptionsTasklet(@Value(MONTH) YearMonth month, ExemptionSource source,
                                        Environment environment, JdbcTemplate jdbc) {
        return new ExemptionsTasklet(month, source,
                environment.getProperty("reimbursement.oop.source", "file"), jdbc);
    }
}
