package kz.assistant.reimbursement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tenge with tiyn: every amount the cycle computes is rounded the same way (domain: round2). */
public final class Money {

    private Money() {
    }

    /** Half up to 2 decimals, the rounding of the order (п.3-5); 0.005 becomes 0.01. */
    public static BigDecimal round2(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
