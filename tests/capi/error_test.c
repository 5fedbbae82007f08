#include "harness.h"

static void version_matches_header(void) {
    CHECK(strcmp(qaf_version(), QAF_VERSION_STRING) == 0);
    CHECK_EQ_INT(QAF_VERSION_NUMBER, qaf_version_number());
}

static void status_strings_are_static_text(void) {
    CHECK(strcmp(qaf_status_string(QAF_OK), "ok") == 0);
    CHECK(strcmp(qaf_status_string(QAF_E_INVALID_ARGUMENT), "invalid argument") == 0);
    CHECK(strcmp(qaf_status_string(QAF_E_NOT_FOUND), "not found") == 0);
    CHECK(strcmp(qaf_status_string(-12345), "unknown status") == 0);
}

static void error_object_carries_code_and_message(void) {
    qaf_error* error = NULL;
    qaf_date date;
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_date_from_ymd(2023, 2, 29, &date, &error));
    CHECK(error != NULL);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_error_code(error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "day 29 is not 1..28 for 2023-02");
    CHECK_EQ_INT(0, qaf_error_diagnostic_count(error));
    CHECK(strcmp(qaf_error_diagnostic_file(error, 0), "") == 0);
    CHECK_EQ_INT(0, qaf_error_diagnostic_line(error, 3));
    qaf_error_destroy(&error);
    CHECK(error == NULL);
}

static void destroyers_accept_null(void) {
    qaf_error* error = NULL;
    qaf_error_destroy(&error);
    qaf_error_destroy(NULL);
    qaf_free(NULL);
    CHECK_EQ_INT(QAF_OK, qaf_error_code(NULL));
    CHECK(strcmp(qaf_error_message(NULL), "") == 0);
}

static void null_out_error_is_allowed(void) {
    qaf_date date;
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_date_from_ymd(2023, 13, 1, &date, NULL));
}

void run_error_tests(void) {
    version_matches_header();
    status_strings_are_static_text();
    error_object_carries_code_and_message();
    destroyers_accept_null();
    null_out_error_is_allowed();
}
