#include "harness.h"

int qaf_test_checks_passed = 0;
int qaf_test_checks_failed = 0;

qaf_date test_date(int year, int month, int day) {
    qaf_date date = {0};
    CHECK_EQ_INT(QAF_OK, qaf_date_from_ymd(year, month, day, &date, NULL));
    return date;
}

/* Each tests/capi/<concept>_test.c defines one suite. */
void run_error_tests(void);
void run_date_tests(void);
void run_framework_tests(void);
void run_calendar_tests(void);
void run_period_tests(void);

int main(void) {
    run_error_tests();
    run_date_tests();
    run_framework_tests();
    run_calendar_tests();
    run_period_tests();
    printf("%d passed, %d failed\n", qaf_test_checks_passed, qaf_test_checks_failed);
    return qaf_test_checks_failed == 0 ? 0 : 1;
}
