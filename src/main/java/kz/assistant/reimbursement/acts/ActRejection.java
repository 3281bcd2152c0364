package kz.assistant.reimbursement.acts;

import java.util.List;

/**
 * An act that is not paid and not lost: its line, the first reason, and every field as it came.
 *
 * @param fields the 18 input columns in {@link ActColumns#ALL} order
 * @param serviceCost the optional service_cost as it came ("" when absent)
 */
public record ActRejection(long line, RejectionReason reason, String message, List<String> fields, String serviceCost) {
}
