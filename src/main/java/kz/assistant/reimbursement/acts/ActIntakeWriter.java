package kz.assistant.reimbursement.acts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes accepted acts and rejections of one chunk together. A rejection is an item like any other,
 * not a skip: it commits with the chunk and the reader's position, so a rollback never loses it and a
 * restart never writes it twice (a skip listener's write would vanish with the rolled-back chunk).
 */
public class ActIntakeWriter implements ItemWriter<IntakeOutcome> {

    private final YearMonth cycle;
    private final ActIntakeRepository repository;

    public ActIntakeWriter(YearMonth cycle, ActIntakeRepository repository) {
        this.cycle = cycle;
        this.repository = repository;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome> chunk) {
        List<PsuAct> accepted = new ArrayList<>(chunk.size());
        List<ActRejection> rejected = new ArrayList<>();
        for (IntakeOutcome outcome : chunk) {
            if (outcome.isAccepted()) {
                accepted.add(outcome.accepted());
            } else {
                rejected.add(outcome.rejected());
            }
        }
        repository.insertAccepted(cycle, accepted);
        repository.insertRejected(cycle, rejected);
    }
}
