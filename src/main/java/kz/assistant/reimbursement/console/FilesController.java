package kz.assistant.reimbursement.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.time.YearMonth;

import kz.assistant.reimbursement.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** A month's input files (upload) and output files (download, bytes as on disk). */
@Controller
@ConditionalOnWebApplication
class FilesController {

    private final MonthFiles files;
    private final AuditTrail audit;

    FilesController(MonthFiles files, AuditTrail audit) {
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/months/{month}/files")
    String files(@PathVariable("month") String value, Model model) {
        YearMonth month = ConsolePages.month(value);
        model.addAttribute("month", month);
        model.addAttribute("inbox", files.inbox(month));
        model.addAttribute("outbox", files.outbox(month));
        model.addAttribute("patterns", java.util.Arrays.stream(InboxFileKind.values()).map(InboxFileKind::pattern).toList());
        return "files";
    }

    @PostMapping("/months/{month}/files")
    String upload(@PathVariable("month") String value, @RequestParam("file") MultipartFile file,
                  @RequestParam(name = "replace", defaultValue = "false") boolean replace, Principal user, Model model) throws IOException {
        YearMonth month = ConsolePages.month(value);
        MonthFiles.Upload upload;
        try (InputStream content = file.getInputStream()) {
            upload = files.upload(month, file.getOriginalFilename(), content, replace);
        }
        String name = upload.message().args().length > 0 ? String.valueOf(upload.message().args()[0]) : null;
        audit.console(user.getName(), "upload", month, (upload.stored() ? "stored " : upload.needsConfirmation() ? "awaits confirmation " : "refused ")
                + (name == null ? "(not a file of the contract)" : name));
        model.addAttribute("upload", upload);
        return files(value, model);
    }

    @GetMapping("/months/{month}/files/{name}")
    ResponseEntity<Resource> download(@PathVariable("month") String value, @PathVariable("name") String name, Principal user) {
        YearMonth month = ConsolePages.month(value);
        Path file = files.outboxFile(month, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.console(user.getName(), "download", month, file.getFileName().toString());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
