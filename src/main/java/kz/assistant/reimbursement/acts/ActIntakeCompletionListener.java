package kz.assistant.reimbursement.acts;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Marks the acts file LOADED once every part of act-intake has completed. */
public class ActIntakeCompletionListener implements StepExecutionListener {

    private final YearMonth cycle;
    private final ActIntakeRepository repository;

    public ActIntakeCompletionListener(YearMonth cycle, ActIntakeRepository repository) {
        this.cycle = cycle;
        this.repository = repository;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Optional<ActIntakeRepository.ActFile> known = repository.actFile(cycle);
        if (!stepExecution.getStatus().isUnsuccessful()
                && ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())
                && known.isPresent() && known.get().status() == ActFileStatus.LOADING) {
            repository.markStatus(cycle, ActFileStatus.LOADED);
        }
        return stepExecution.getExitStatus();
    }
}
