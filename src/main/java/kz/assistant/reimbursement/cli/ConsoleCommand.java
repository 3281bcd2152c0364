package kz.assistant.reimbursement.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code scripts/reimbursement console [--port 8080] [--bind 127.0.0.1]}: the only command that
 * starts a web server; the batch commands do not pay for one. It binds to this machine alone unless
 * told otherwise (docs/operations.md: the akimat's TLS reverse proxy in front of it).
 */
@Component
@ConditionalOnWebApplication
public class ConsoleCommand implements CommandAction {

    public static final String NAME = "console";
    public static final String PORT = "--port";
    public static final String BIND = "--bind";

    /** What makes this process a web server: settings that outrank application.properties. */
    public static List<String> springArguments(Command command) {
        Long port = command.number(PORT);
        String bind = command.text(BIND);
        return List.of("--spring.main.web-application-type=servlet",
                "--server.port=" + (port == null ? 8080 : port),
                "--server.address=" + (bind == null ? "127.0.0.1" : bind));
    }

    /** The console serves until the process is stopped (Ctrl-C, systemctl stop). */
    public static void serveUntilStopped(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ExitCode execute(Command command) {
        // The server is up by now (ConsoleAddress printed where); the process stays for it.
        return ExitCode.COMPLETED;
    }
}
