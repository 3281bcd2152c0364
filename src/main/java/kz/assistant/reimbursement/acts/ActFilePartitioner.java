package kz.assistant.reimbursement.acts;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of act-intake per part of the acts file ({@link ActFileParts}). It only names the
 * parts: where a part stands is in act_file_part, so a restart needs nothing from the contexts.
 */
public class ActFilePartitioner implements Partitioner {

    public static final String PART = "part";

    private final YearMonth cycle;
    private final ActFileParts parts;

    public ActFilePartitioner(YearMonth cycle, ActFileParts parts) {
        this.cycle = cycle;
        this.parts = parts;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<ActFileParts.Part> known = parts.of(cycle);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        // A file already in (or empty) still gets one partition: its reader finds nothing to read.
        int count = Math.max(1, known.size());
        for (int i = 0; i < count; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PART, i);
            partitions.put(PART + i, context);
        }
        return partitions;
    }
}
