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
 * The part's position commits with them.
 */
public class ActIntakeWriter implements ItemWriter<IntakeOutcome> {

    private final YearMonth cycle;
    private final int part;
    private final ActIntakeRepository repository;
    private final ActFileParts parts;

    public ActIntakeWriter(YearMonth cycle, int part, ActIntakeRepository repository, ActFileParts parts) {
        this.cycle = cycle;
        this.part = part;
        this.repository = repository;
        this.parts = parts;
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
        // Every record read gives one outcome: the part's position moves by the chunk's size.
        parts.taken(cycle, part, chunk.size());
    }
}
