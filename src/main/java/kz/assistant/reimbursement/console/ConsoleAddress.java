package kz.assistant.reimbursement.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the officer who started the console where to open it. */
@Component
@ConditionalOnWebApplication
class ConsoleAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final Environment environment;

    ConsoleAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String address = environment.getProperty("server.address", "127.0.0.1");
        String host = address.contains(":") ? "[" + address + "]" : address;
        System.out.println("Console: http://" + host + ":" + event.getWebServer().getPort() + "/ (Ctrl-C stops it; a running job is then interrupted and can be resumed)");
    }
}
