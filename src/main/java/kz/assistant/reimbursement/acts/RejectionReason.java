package kz.assistant.reimbursement.acts;

/**
 * Why an act is not accepted (docs/rules.md, "Checks on every act", п.25). The code goes to
 * rejected-acts.csv for machines, the Russian text for the supplier and the officer.
 */
public enum RejectionReason {
    NUL_CHARACTER("Строка повреждена: в поле %s нулевой символ (NUL)"),
    WRONG_FIELD_COUNT("Неизвестная структура строки: полей %s, в заголовке %s"),
    MISSING_FIELD("Не заполнено обязательное поле %s"),
    FIELD_TOO_LONG("Слишком длинное значение в поле %s"),
    MALFORMED_DATE("Неверный формат даты в поле %s: «%s»"),
    MALFORMED_MONTH("Неверный формат месяца в поле %s: «%s» (ожидается ГГГГ-ММ)"),
    MALFORMED_NUMBER("Неверное число в поле %s: «%s»"),
    INVALID_IIN("ИИН в поле %s не прошёл проверку контрольного разряда"),
    INVALID_BIN("БИН в поле %s не прошёл проверку контрольного разряда"),
    INVALID_BIRTH_DATE("ИИН в поле %s содержит несуществующую дату рождения"),
    ASSISTANT_IS_PERSON("ИИН индивидуального помощника совпадает с ИИН лица с инвалидностью"),
    SERVICE_DAYS_OUT_OF_RANGE("Количество дней услуги %s вне пределов 1..%s для месяца %s"),
    HOURS_NOT_POSITIVE("Количество часов должно быть больше нуля: %s"),
    HOURS_TOO_PRECISE("Количество часов указано точнее двух знаков после запятой: %s"),
    HOURS_ABOVE_LIMIT("Количество часов %s больше 8 ч × %s дн. = %s"),
    SERVICE_MONTH_NOT_BEFORE_CYCLE("Месяц оказания услуги %s не раньше месяца на выплату %s"),
    NO_RATE_FOR_YEAR("Нет значения МРП за %s год в справочнике"),
    INVALID_IBAN("ИИК (IBAN) поставщика не является корректным казахстанским IBAN"),
    UNKNOWN_BANK("Код банка %s в IBAN не принадлежит уполномоченной организации"),
    BIC_MISMATCH("БИК %s не соответствует банку IBAN (ожидается %s)"),
    SERVICE_COST_INVALID("Неверная стоимость услуги в поле service_cost: «%s» (ожидается сумма в тенге)"),
    SERVICE_COST_NOT_POSITIVE("Стоимость услуги должна быть больше нуля: %s"),
    SERVICE_COST_TOO_PRECISE("Стоимость услуги указана точнее двух знаков после запятой (тиын): %s"),
    UNKNOWN_MIO("БИН подразделения %s отсутствует в реестре МИО"),
    OBLAST_NOT_OF_MIO("Область (поле oblast) не совпадает с областью МИО (поле mio_bin) по реестру МИО"),
    DUPLICATE_ACT_IN_FILE("Номер акта уже встречался в файле (строка %s)"),
    ACT_ALREADY_REIMBURSED("Акт уже включён в список возмещения за %s"),
    DUPLICATE_ORDER_MONTH("Заказ %s за месяц %s уже заявлен (%s)"),
    ACT_RECEIVED_BEFORE_ORDER("Дата поступления акта %s раньше начала действия приказа (%s)"),
    ACT_RECEIVED_BEFORE_SERVICE_MONTH("Дата поступления акта %s раньше месяца оказания услуги %s"),
    ACT_RECEIVED_AFTER_BUSINESS_DATE("Дата поступления акта %s позже даты операционного дня %s");

    private final String template;

    RejectionReason(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }

    public String message(Object... arguments) {
        return String.format(template, arguments);
    }
}
