#include "harness.h"

static void finds_years_and_quarters(void) {
    int32_t value = 0;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_financial_year(test_date(2025, 3, 31), &value, NULL));
    CHECK_EQ_INT(2024, value);
    CHECK_EQ_INT(QAF_OK, qaf_financial_year(test_date(2025, 4, 1), &value, NULL));
    CHECK_EQ_INT(2025, value);
    CHECK_EQ_INT(QAF_OK, qaf_financial_quarter(test_date(2025, 1, 1), &value, NULL));
    CHECK_EQ_INT(4, value);
    CHECK_EQ_INT(QAF_OK, qaf_financial_quarter(test_date(2024, 10, 1), &value, NULL));
    CHECK_EQ_INT(3, value);
    CHECK_EQ_INT(QAF_OK, qaf_academic_year(test_date(2024, 8, 31), &value, NULL));
    CHECK_EQ_INT(2023, value);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_financial_year(test_date(2024, 1, 1), NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_start_year must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_financial_quarter(test_date(2024, 1, 1), NULL, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_academic_year(test_date(2024, 1, 1), NULL, NULL));
}

static void converts_arrays(void) {
    const qaf_date dates[] = {test_date(2024, 3, 31), test_date(2024, 4, 1), test_date(2025, 1, 1)};
    int32_t out[3] = {0, 0, 0};
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_financial_year_array(dates, 3, out, NULL));
    CHECK_EQ_INT(2023, out[0]);
    CHECK_EQ_INT(2024, out[1]);
    CHECK_EQ_INT(2024, out[2]);
    CHECK_EQ_INT(QAF_OK, qaf_financial_quarter_array(dates, 3, out, NULL));
    CHECK_EQ_INT(4, out[0]);
    CHECK_EQ_INT(1, out[1]);
    CHECK_EQ_INT(4, out[2]);
    CHECK_EQ_INT(QAF_OK, qaf_financial_quarter_array(NULL, 0, NULL, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_financial_year_array(NULL, 3, out, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "dates must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_financial_quarter_array(dates, 3, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_quarters must not be NULL");
    qaf_error_destroy(&error);
}

static void bounds_of_periods(void) {
    qaf_date first = {0}, last = {0};
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_period_bounds(QAF_PERIOD_FINANCIAL_QUARTER, test_date(2025, 2, 14),
                                           &first, &last, NULL));
    CHECK_EQ_INT(test_date(2025, 1, 1).days, first.days);
    CHECK_EQ_INT(test_date(2025, 3, 31).days, last.days);
    CHECK_EQ_INT(QAF_OK, qaf_period_bounds(QAF_PERIOD_ACADEMIC_YEAR, test_date(2024, 9, 1), &first,
                                           &last, NULL));
    CHECK_EQ_INT(test_date(2024, 9, 1).days, first.days);
    CHECK_EQ_INT(test_date(2025, 8, 31).days, last.days);
    CHECK_EQ_INT(QAF_OK,
                 qaf_period_bounds(QAF_PERIOD_MONTH, test_date(2024, 2, 10), NULL, &last, NULL));
    CHECK_EQ_INT(test_date(2024, 2, 29).days, last.days);
    CHECK_EQ_INT(QAF_OK, qaf_period_bounds(QAF_PERIOD_FINANCIAL_YEAR, test_date(2024, 2, 10),
                                           &first, NULL, NULL));
    CHECK_EQ_INT(test_date(2023, 4, 1).days, first.days);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_period_bounds(5, test_date(2024, 2, 10), &first, &last, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "kind 5 is not a QAF_PERIOD_* value (1..4)");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_period_bounds(0, test_date(2024, 2, 10), &first, &last, NULL));
}

static void writes_labels_into_caller_buffers(void) {
    char label[16];
    char tiny[7];
    size_t length = 0;
    qaf_error* error = NULL;
    const qaf_date day = test_date(2024, 4, 1);
    CHECK_EQ_INT(QAF_OK, qaf_period_label(QAF_PERIOD_FINANCIAL_YEAR, day, NULL, 0, &length, NULL));
    CHECK_EQ_INT(7, length); /* "2024/25" */
    CHECK_EQ_INT(QAF_OK, qaf_period_label(QAF_PERIOD_FINANCIAL_YEAR, test_date(2000, 3, 31), label,
                                          sizeof label, &length, NULL));
    CHECK(strcmp(label, "1999/00") == 0);
    CHECK_EQ_INT(QAF_OK, qaf_period_label(QAF_PERIOD_FINANCIAL_QUARTER, day, label, sizeof label,
                                          NULL, NULL));
    CHECK(strcmp(label, "2024/25 Q1") == 0);
    CHECK_EQ_INT(QAF_OK, qaf_period_label(QAF_PERIOD_MONTH, day, label, 8, &length, NULL));
    CHECK(strcmp(label, "2024-04") == 0); /* exactly fits: 7 characters and the NUL */
    CHECK_EQ_INT(QAF_E_BUFFER_TOO_SMALL, qaf_period_label(QAF_PERIOD_ACADEMIC_YEAR, day, tiny,
                                                          sizeof tiny, &length, &error));
    CHECK_EQ_INT(7, length);
    CHECK_STR_CONTAINS(qaf_error_message(error), "8 are needed");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_period_label(9, day, label, sizeof label, NULL, NULL));
}

void run_period_tests(void) {
    finds_years_and_quarters();
    converts_arrays();
    bounds_of_periods();
    writes_labels_into_caller_buffers();
}
