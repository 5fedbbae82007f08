/* A minimal test harness for the C API tests: CHECK records failures and goes on; each suite
 * is a function listed in main.c. The run ends with "N passed, N failed". */
#ifndef QAF_TEST_HARNESS_H
#define QAF_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

#include "qaf/qaf.h"

extern int qaf_test_checks_passed;
extern int qaf_test_checks_failed;

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (condition) {                                                                           \
            ++qaf_test_checks_passed;                                                              \
        } else {                                                                                   \
            ++qaf_test_checks_failed;                                                              \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #condition);          \
        }                                                                                          \
    } while (0)

#define CHECK_EQ_INT(expected, actual)                                                             \
    do {                                                                                           \
        long long qaf_e_ = (long long)(expected), qaf_a_ = (long long)(actual);                    \
        if (qaf_e_ == qaf_a_) {                                                                    \
            ++qaf_test_checks_passed;                                                              \
        } else {                                                                                   \
            ++qaf_test_checks_failed;                                                              \
            fprintf(stderr, "%s:%d: expected %s == %lld, got %lld\n", __FILE__, __LINE__, #actual, \
                    qaf_e_, qaf_a_);                                                               \
        }                                                                                          \
    } while (0)

#define CHECK_STR_CONTAINS(haystack, needle)                                                       \
    CHECK((haystack) != NULL && strstr((haystack), (needle)) != NULL)

/* Builds a date, failing the check (and returning day 0) when the parts are invalid. */
qaf_date test_date(int year, int month, int day);

#endif
