package kz.assistant.reimbursement.console;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** What every page's frame needs: who is logged in and with which role (to show only the buttons the role may use). */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsolePages {

    /** The page's own address, for the language switch (without the query: nothing personal is ever in it). */
    @ModelAttribute("path")
    String path(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("userName")
    String userName(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("officer")
    boolean officer(Authentication authentication) {
        return has(authentication, "ROLE_OFFICER");
    }

    @ModelAttribute("canDownload")
    boolean canDownload(Authentication authentication) {
        return has(authentication, "ROLE_OFFICER") || has(authentication, "ROLE_ACCOUNTANT");
    }

    @ModelAttribute("auditor")
    boolean auditor(Authentication authentication) {
        return has(authentication, "ROLE_AUDITOR");
    }

    static boolean has(Authentication authentication, String role) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }

    /** A file over reimbursement.console.max-upload is refused before any controller sees it: back to the month's files. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(jakarta.servlet.http.HttpServletRequest request, RedirectAttributes flash) {
        String path = path(request);
        flash.addFlashAttribute("problem", "console.upload.tooLarge");
        return path.matches("/months/\\d{4}-\\d{2}/files") ? "redirect:" + path : "redirect:/months";
    }

    /** A month from the path; anything else is a page that does not exist. */
    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
