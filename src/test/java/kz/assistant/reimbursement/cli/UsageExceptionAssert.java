package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert;

final class UsageExceptionAssert {

    private UsageExceptionAssert() {
    }

    static void refuses(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UsageException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UsageException) e).getCodes()).containsExactly(key));
    }
}
