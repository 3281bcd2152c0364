package kz.assistant.reimbursement.acts;

/**
 * Where the intake of a cycle's psu-acts.csv stands. LOADING: being read (a restart resumes it);
 * LOADED: every line is in act_intake or rejected_act; ACCEPTED: the duplicate checks and the
 * rejection threshold passed; REFUSED: too many rejections, the file is to be replaced and is read
 * anew on the next run.
 */
public enum ActFileStatus {
    LOADING, LOADED, ACCEPTED, REFUSED
}
