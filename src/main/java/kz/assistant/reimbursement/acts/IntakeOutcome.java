package kz.assistant.reimbursement.acts;

/** What the row checks made of one line of psu-acts.csv: an accepted act or a rejection. */
public record IntakeOutcome(PsuAct accepted, ActRejection rejected) {

    public static IntakeOutcome accept(PsuAct act) {
        return new IntakeOutcome(act, null);
    }

    public static IntakeOutcome reject(ActRejection rejection) {
        return new IntakeOutcome(null, rejection);
    }

    public boolean isAccepted() {
        return accepted != null;
    }
}
