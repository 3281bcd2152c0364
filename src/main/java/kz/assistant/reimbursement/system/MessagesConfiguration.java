package kz.assistant.reimbursement.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Officer-facing text in the language of {@code reimbursement.language} (set by {@code --lang}). */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    Messages messages(MessageSource messageSource, ReimbursementProperties properties) {
        return new Messages(messageSource, Messages.localeOf(properties.language()));
    }
}
