package kz.assistant.reimbursement.records;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A range of assistant IINs, {@code from} inclusive and {@code to} exclusive, either open when null:
 * the key of one calculation partition. An assistant's acts of a service month are all in one range,
 * so the window sum of his earlier guarantees (the OPV/OSMS caps) is the same as in one pass over
 * the whole file. Kept in the partition's ExecutionContext as two short strings, never a list of ids.
 */
public record AssistantRange(String from, String to) {

    public static final AssistantRange ALL = new AssistantRange(null, null);

    static final String FROM = "assistant.from";
    static final String TO = "assistant.to";

    public boolean contains(String iin) {
        return (from == null || iin.compareTo(from) >= 0) && (to == null || iin.compareTo(to) < 0);
    }

    /**
     * The SQL condition for the range on {@code alias}assistant_iin, its values added to {@code arguments};
     * only the bounds a range has, so the whole range is the plain query.
     */
    public String condition(String alias, List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        if (from != null) {
            sql.append(" and ").append(alias).append("assistant_iin >= ?");
            arguments.add(from);
        }
        if (to != null) {
            sql.append(" and ").append(alias).append("assistant_iin < ?");
            arguments.add(to);
        }
        return sql.toString();
    }

    void writeTo(ExecutionContext context) {
        if (from != null) {
            context.putString(FROM, from);
        }
        if (to != null) {
            context.putString(TO, to);
        }
    }

    public static AssistantRange of(String from, String to) {
        return new AssistantRange(from == null || from.isEmpty() ? null : from, to == null || to.isEmpty() ? null : to);
    }
}
