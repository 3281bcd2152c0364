package kz.assistant.reimbursement.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
