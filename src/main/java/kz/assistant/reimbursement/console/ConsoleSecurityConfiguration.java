package kz.assistant.reimbursement.console;

import kz.assistant.reimbursement.audit.AuditTrail;
import kz.assistant.reimbursement.users.ConsoleUser;
import kz.assistant.reimbursement.users.ConsoleUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what in the console, in one place (issue 17): every page needs a login; an officer
 * uploads, runs and resumes; an officer or an accountant downloads the outbox; the auditor reads the
 * audit trail. CSRF protects every change (Spring Security's default, kept on), the policy allows
 * no inline script or style, and five wrong passwords in a row lock the user for a while.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUsers users, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console.css", "/console.js", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/months/*/jobs/**", "/months/*/files").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/months/*/files/*").hasAnyRole("OFFICER", "ACCOUNTANT")
                        .requestMatchers("/audit", "/audit/**").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            users.loggedIn(authentication.getName());
                            audit.console(authentication.getName(), "login", null, null);
                            response.sendRedirect(request.getContextPath() + "/months");
                        })
                        .failureHandler((request, response, exception) -> {
                            String name = request.getParameter("username");
                            boolean known = name != null && users.find(name).isPresent();
                            String outcome = "error";
                            if (exception instanceof LockedException) {
                                outcome = "locked";
                            } else if (exception instanceof BadCredentialsException && known && users.failedLogin(name)) {
                                outcome = "locked";
                                audit.console(name, "lockout", null, null);
                            }
                            // An unknown name may be a password typed in the wrong field: it is not written down.
                            audit.console(known ? name : "(unknown user)", "login-failed", null, null);
                            response.sendRedirect(request.getContextPath() + "/login?" + outcome);
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    UserDetailsService consoleUserDetails(ConsoleUsers users) {
        return name -> {
            ConsoleUser user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
            return User.withUsername(user.getName())
                    .password(user.getPasswordHash())
                    .roles(user.getRole().name())
                    .disabled(!user.isEnabled())
                    .accountLocked(users.isLocked(user))
                    .build();
        };
    }
}
