package kz.assistant.reimbursement.returns;

import kz.assistant.reimbursement.inbox.RefusedRows;

/**
 * Why a row of bank-returns*.csv or psu-requisites*.csv was not taken: the code for machines, the
 * Russian text for the officer (bank-return-exceptions.csv, psu-requisites-exceptions.csv).
 */
enum ReturnProblem implements RefusedRows.Problem {
    NUL_CHARACTER("Строка повреждена: в поле %s нулевой символ (NUL)"),
    MISSING_FIELD("Не заполнено обязательное поле %s"),
    MALFORMED_AMOUNT("Неверная сумма: «%s»"),
    MALFORMED_DATE("Неверная дата в поле %s: «%s»"),
    REPEATED_IN_FILE("Возврат платежа %s уже указан в этом файле (строка %s)"),
    UNMATCHED_PAYMENT("Платёж %s не найден среди отправленных платежей"),
    ALREADY_RETURNED("Платёж %s уже возвращён (%s): повторный возврат не учитывается"),
    ALREADY_PAID("Платёж %s уже признан выплаченным: возврат не учитывается"),
    AMOUNT_MISMATCH("Сумма возврата %s не равна сумме платежа %s"),
    BIC_MISMATCH("БИК %s не соответствует %s"),
    IBAN_MISMATCH("Счёт возврата не равен счёту, на который отправлен платёж"),
    INVALID_SUPPLIER_ID("ИИН/БИН поставщика не прошёл проверку контрольного разряда"),
    INVALID_IBAN("ИИК (IBAN) поставщика не является корректным казахстанским IBAN"),
    UNKNOWN_BANK("Код банка %s в IBAN не принадлежит уполномоченной организации"),
    DATE_AFTER_BUSINESS_DATE("Дата %s в поле %s позже даты операционного дня %s"),
    DATE_TOO_OLD("Дата %s в поле %s более чем на год раньше месяца на выплату %s");

    private final String template;

    ReturnProblem(String template) {
        this.template = template;
    }

    @Override
    public String message(Object... arguments) {
        return String.format(template, arguments);
    }
}
