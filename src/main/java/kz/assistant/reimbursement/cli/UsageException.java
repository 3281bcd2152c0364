package kz.assistant.reimbursement.cli;

import org.springframework.context.MessageSourceResolvable;

/**
 * The command line could not be understood: refused before Spring starts, exit code 2. Carries the
 * message's key and arguments, resolved in the officer's language.
 */
public class UsageException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final transient Object[] arguments;

    public UsageException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }
}
