package kz.assistant.reimbursement.exemptions;

import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code reimbursement.oop.source}: {@code file} (default) reads inbox/<M>/oop-exemptions.csv, {@code http} asks OOP's service. */
@Configuration(proxyBeanMethods = false)
class ExemptionSourceConfiguration {

    @Bean
    @ConditionalOnProperty(name = "reimbursement.oop.source", havingValue = "file", matchIfMissing = true)
    ExemptionSource fileExemptionSource(HomeFolder home) {
        return new FileExemptionSource(month -> home.inbox(month).resolve("oop-exemptions.csv"));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "reimbursement.oop.source", havingValue = "http")
    @EnableConfigurationProperties(OopHttpProperties.class)
    static class Http {
        @Bean
        ExemptionSource httpExemptionSource(OopHttpProperties properties) {
            return new OopHttpExemptionSource(properties);
        }
    }
}
