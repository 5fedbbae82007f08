#include "harness.h"

static void builds_and_splits_dates(void) {
    int32_t year = 0, month = 0, day = 0;
    qaf_date epoch = test_date(1970, 1, 1);
    CHECK_EQ_INT(0, epoch.days);
    qaf_date leap = test_date(2024, 2, 29);
    CHECK_EQ_INT(19782, leap.days); /* numpy: np.datetime64('2024-02-29').astype(int) */
    qaf_date_to_ymd(leap, &year, &month, &day);
    CHECK_EQ_INT(2024, year);
    CHECK_EQ_INT(2, month);
    CHECK_EQ_INT(29, day);
    qaf_date_to_ymd(leap, NULL, NULL, NULL); /* NULL outs are allowed */
}

static void parses_iso_text(void) {
    qaf_date date = {0};
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_date_parse("2025-03-31", &date, &error));
    CHECK_EQ_INT(test_date(2025, 3, 31).days, date.days);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_date_parse("31/03/2025", &date, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "YYYY-MM-DD");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_date_parse(NULL, &date, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "text must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_date_parse("2025-03-31", NULL, &error));
    qaf_error_destroy(&error);
}

static void weekdays_are_iso(void) {
    CHECK_EQ_INT(4, qaf_date_weekday(test_date(1970, 1, 1)));   /* Thursday */
    CHECK_EQ_INT(1, qaf_date_weekday(test_date(2024, 4, 1)));   /* Monday */
    CHECK_EQ_INT(7, qaf_date_weekday(test_date(1969, 12, 28))); /* Sunday, before the epoch */
}

void run_date_tests(void) {
    builds_and_splits_dates();
    parses_iso_text();
    weekdays_are_iso();
}
