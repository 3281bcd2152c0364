package kz.assistant.reimbursement.contributions;

import kz.assistant.reimbursement.inbox.RefusedRows;

/** Why a row of opv-osms-transfers*.csv confirmed nothing (п.10): the code for machines, the Russian text for the officer. */
enum ContributionProblem implements RefusedRows.Problem {
    NUL_CHARACTER("Строка повреждена: в поле %s нулевой символ (NUL)"),
    COLUMN_COUNT("Число полей строки не совпадает с заголовком"),
    MISSING_FIELD("Не заполнено обязательное поле %s"),
    INVALID_IIN("ИИН помощника не прошёл проверку контрольного разряда"),
    MALFORMED("Неверное значение в поле %s"),
    TRANSFERRED_AFTER_TODAY("Дата перечисления %s позже рабочей даты %s"),
    REPEATED_IN_FILE("Помощник за этот месяц и МИО уже указан в этом файле"),
    UNKNOWN_ASSISTANT("Нет записей на возмещение этого помощника за %s по МИО %s"),
    ALREADY_CONFIRMED("Перечисление ОПВ и ОСМС этого помощника за %s уже подтверждено: повторное подтверждение не учитывается"),
    SUM_MISMATCH("Суммы перечисления (ОПВ %s, ОСМС %s) не равны суммам записей (ОПВ %s, ОСМС %s)");

    private final String template;

    ContributionProblem(String template) {
        this.template = template;
    }

    @Override
    public String message(Object... arguments) {
        return String.format(template, arguments);
    }
}
