#include "harness.h"

#include <stdlib.h>

/* ---- the case file shared with the C++ and Python tests (tests/data/calendar/cases.csv) */

enum { case_fields = 5, field_size = 64 };

typedef struct calendar_case {
    char field[case_fields][field_size]; /* kind, a, b, n, expected */
} calendar_case;

/* Splits one CSV line (no quoting) into the five fields; empty fields stay empty. */
static int split_case(const char* line, calendar_case* item) {
    int index = 0;
    size_t length = 0;
    memset(item, 0, sizeof *item);
    for (; *line != '\0' && *line != '\n' && *line != '\r'; ++line) {
        if (*line == ',') {
            if (++index >= case_fields) {
                return 0;
            }
            length = 0;
        } else if (length + 1 < field_size) {
            item->field[index][length++] = *line;
        }
    }
    return index == case_fields - 1;
}

static void format_date(qaf_date date, char* text, size_t size) {
    int32_t year = 0, month = 0, day = 0;
    qaf_date_to_ymd(date, &year, &month, &day);
    snprintf(text, size, "%04d-%02d-%02d", (int)year, (int)month, (int)day);
}

static qaf_date parse_date(const char* text) {
    qaf_date date = {0};
    CHECK_EQ_INT(QAF_OK, qaf_date_parse(text, &date, NULL));
    return date;
}

/* Writes the case's result into text, in the notation of the expected column. */
static void evaluate_case(const qaf_calendar* calendar, const calendar_case* item, char* text,
                          size_t size) {
    const char* kind = item->field[0];
    const qaf_date a = parse_date(item->field[1]);
    const int32_t n = (int32_t)atoi(item->field[3]);
    int32_t number = 0;
    qaf_date date = {0};
    qaf_status status = QAF_E_INTERNAL;
    snprintf(text, size, "unknown kind");
    if (strcmp(kind, "working_days_between") == 0) {
        status = qaf_calendar_working_days_between(calendar, a, parse_date(item->field[2]), &number,
                                                   NULL);
        snprintf(text, size, "%d", (int)number);
    } else if (strcmp(kind, "is_working_day") == 0) {
        status = qaf_calendar_is_working_day(calendar, a, &number, NULL);
        snprintf(text, size, "%s", number ? "true" : "false");
    } else if (strcmp(kind, "add_working_days") == 0) {
        status = qaf_calendar_add_working_days(calendar, a, n, &date, NULL);
        format_date(date, text, size);
    } else if (strcmp(kind, "within_working_days") == 0) {
        status = qaf_calendar_within_working_days(calendar, a, parse_date(item->field[2]), n,
                                                  &number, NULL);
        snprintf(text, size, "%s", number ? "true" : "false");
    } else if (strcmp(kind, "financial_year") == 0) {
        status = qaf_period_label(QAF_PERIOD_FINANCIAL_YEAR, a, text, size, NULL, NULL);
    } else if (strcmp(kind, "financial_quarter") == 0) {
        status = qaf_financial_quarter(a, &number, NULL);
        snprintf(text, size, "%d", (int)number);
    } else if (strcmp(kind, "academic_year") == 0) {
        status = qaf_period_label(QAF_PERIOD_ACADEMIC_YEAR, a, text, size, NULL, NULL);
    }
    if (status == QAF_E_OUT_OF_RANGE) {
        snprintf(text, size, "error:out_of_range");
    }
}

static void agrees_with_the_shared_cases(void) {
    char line[512];
    char actual[field_size];
    int cases = 0, line_number = 0;
    calendar_case item;
    qaf_calendar* calendar = NULL;
    FILE* file = fopen(QAF_TEST_DATA_DIR "/calendar/cases.csv", "r");
    CHECK(file != NULL);
    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(NULL, &calendar, NULL));
    while (file != NULL && fgets(line, sizeof line, file) != NULL) {
        ++line_number;
        if (line[0] == '#' || line[0] == '\n' || strncmp(line, "kind,", 5) == 0) {
            continue;
        }
        CHECK(split_case(line, &item));
        evaluate_case(calendar, &item, actual, sizeof actual);
        if (strcmp(actual, item.field[4]) != 0) {
            fprintf(stderr, "cases.csv line %d: expected %s, got %s\n", line_number, item.field[4],
                    actual);
        }
        CHECK(strcmp(actual, item.field[4]) == 0);
        ++cases;
    }
    CHECK(cases >= 50);
    if (file != NULL) {
        fclose(file);
    }
    qaf_calendar_destroy(&calendar);
}

/* ---- options, creation and destruction */

static void initialises_options(void) {
    qaf_calendar_options options;
    memset(&options, 0xff, sizeof options);
    CHECK_EQ_INT(QAF_OK, qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION));
    CHECK_EQ_INT(QAF_CALENDAR_OPTIONS_VERSION, options.version);
    CHECK(options.closures == NULL && options.closure_count == 0);
    CHECK(options.holidays == NULL && options.holiday_count == 0);
    CHECK_EQ_INT(0, options.replace_holidays);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_options_init(NULL, 1));
    CHECK_EQ_INT(QAF_E_UNSUPPORTED_VERSION, qaf_calendar_options_init(&options, 0));
    CHECK_EQ_INT(QAF_E_UNSUPPORTED_VERSION, qaf_calendar_options_init(&options, 99));
}

static void creates_and_destroys(void) {
    qaf_calendar* calendar = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(NULL, &calendar, &error));
    CHECK(calendar != NULL);
    CHECK(error == NULL);
    qaf_calendar_destroy(&calendar);
    CHECK(calendar == NULL);
    qaf_calendar_destroy(&calendar); /* a pointer to NULL */
    qaf_calendar_destroy(NULL);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_create(NULL, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out must not be NULL");
    qaf_error_destroy(&error);
}

static void rejects_bad_options(void) {
    qaf_calendar* calendar = NULL;
    qaf_error* error = NULL;
    qaf_calendar_options options;
    const qaf_date too_early[] = {test_date(1969, 12, 25)};
    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.closure_count = 2; /* closures still NULL */
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_create(&options, &calendar, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error),
                       "options->closures must not be NULL when its count is 2");
    qaf_error_destroy(&error);

    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.replace_holidays = 1;
    options.holiday_count = 1;
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_create(&options, &calendar, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "options->holidays must not be NULL");
    qaf_error_destroy(&error);

    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.closures = too_early;
    options.closure_count = 1;
    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_calendar_create(&options, &calendar, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "closure day 1969-12-25 is outside");
    qaf_error_destroy(&error);

    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.version = QAF_CALENDAR_OPTIONS_VERSION + 1;
    CHECK_EQ_INT(QAF_E_UNSUPPORTED_VERSION, qaf_calendar_create(&options, &calendar, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "options->version 2 is not supported");
    qaf_error_destroy(&error);
    CHECK(calendar == NULL); /* untouched on failure */
}

static void closures_and_replacement_holidays(void) {
    qaf_calendar* council = NULL;
    qaf_calendar* weekends_only = NULL;
    qaf_calendar_options options;
    int32_t count = 0, working = 0;
    /* A Friday closure, a Saturday, and the Friday again. */
    const qaf_date closures[] = {test_date(2024, 12, 27), test_date(2024, 12, 28),
                                 test_date(2024, 12, 27)};
    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.closures = closures;
    options.closure_count = 3;
    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(&options, &council, NULL));
    /* Tue 24 Dec 2024 -> Tue 31 Dec: 27, 30, 31 less the closed 27th = 2. */
    CHECK_EQ_INT(QAF_OK, qaf_calendar_working_days_between(council, test_date(2024, 12, 24),
                                                           test_date(2024, 12, 31), &count, NULL));
    CHECK_EQ_INT(2, count);

    qaf_calendar_options_init(&options, QAF_CALENDAR_OPTIONS_VERSION);
    options.replace_holidays = 1; /* and no holidays at all: NULL with a count of 0 */
    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(&options, &weekends_only, NULL));
    CHECK_EQ_INT(QAF_OK, qaf_calendar_is_working_day(weekends_only, test_date(2024, 12, 25),
                                                     &working, NULL));
    CHECK_EQ_INT(1, working);
    qaf_calendar_destroy(&council);
    qaf_calendar_destroy(&weekends_only);
}

/* ---- NULL handles and pointers, dates out of range */

static void rejects_null_handles_and_outputs(void) {
    qaf_calendar* calendar = NULL;
    qaf_error* error = NULL;
    int32_t number = 0;
    qaf_date date = {0};
    const qaf_date day = test_date(2024, 4, 1);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_working_days_between(NULL, day, day, &number, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "calendar must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_is_working_day(NULL, day, &number, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_add_working_days(NULL, day, 1, &date, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_within_working_days(NULL, day, day, 1, &number, NULL));

    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(NULL, &calendar, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_working_days_between(calendar, day, day, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_count must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_calendar_is_working_day(calendar, day, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_is_working_day must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_add_working_days(calendar, day, 1, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_date must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_within_working_days(calendar, day, day, 1, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_within must not be NULL");
    qaf_error_destroy(&error);

    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_calendar_working_days_between(
                                         calendar, test_date(1969, 12, 31), day, &number, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error),
                       "date 1969-12-31 is outside the calendar's range 1970-01-01..2100-12-31");
    qaf_error_destroy(&error);
    qaf_calendar_destroy(&calendar);
}

static void counts_arrays_of_pairs(void) {
    qaf_calendar* calendar = NULL;
    qaf_error* error = NULL;
    const qaf_date starts[] = {test_date(2024, 4, 5), test_date(2024, 4, 8),
                               test_date(2022, 12, 23)};
    const qaf_date ends[] = {test_date(2024, 4, 8), test_date(2024, 4, 5), test_date(2023, 1, 3)};
    const qaf_date bad_ends[] = {test_date(2024, 4, 8), test_date(2101, 1, 1),
                                 test_date(2023, 1, 3)};
    int32_t counts[3] = {0, 0, 0};
    CHECK_EQ_INT(QAF_OK, qaf_calendar_create(NULL, &calendar, NULL));
    CHECK_EQ_INT(
        QAF_OK, qaf_calendar_working_days_between_array(calendar, starts, ends, 3, counts, &error));
    CHECK_EQ_INT(1, counts[0]);
    CHECK_EQ_INT(-1, counts[1]);
    CHECK_EQ_INT(4, counts[2]);
    CHECK_EQ_INT(QAF_OK,
                 qaf_calendar_working_days_between_array(calendar, NULL, NULL, 0, NULL, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_working_days_between_array(calendar, NULL, ends, 3, counts, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "starts must not be NULL when its count is 3");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_working_days_between_array(calendar, starts, ends, 3, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_counts must not be NULL");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_calendar_working_days_between_array(
                                         calendar, starts, bad_ends, 3, counts, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "end at position 1: date 2101-01-01");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_calendar_working_days_between_array(NULL, starts, ends, 3, counts, NULL));
    qaf_calendar_destroy(&calendar);
}

/* ---- bank holidays */

static void lists_bank_holidays(void) {
    qaf_date buffer[8];
    qaf_date small[3];
    size_t count = 0;
    qaf_error* error = NULL;
    const char* name = NULL;
    /* 2024: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25 Dec, 26 Dec (gov.uk). */
    const qaf_date expected[8] = {test_date(2024, 1, 1),   test_date(2024, 3, 29),
                                  test_date(2024, 4, 1),   test_date(2024, 5, 6),
                                  test_date(2024, 5, 27),  test_date(2024, 8, 26),
                                  test_date(2024, 12, 25), test_date(2024, 12, 26)};
    int i;
    CHECK_EQ_INT(QAF_OK, qaf_bank_holidays(2024, 2024, NULL, 0, &count, NULL));
    CHECK_EQ_INT(8, count);
    CHECK_EQ_INT(QAF_OK, qaf_bank_holidays(2024, 2024, buffer, 8, &count, NULL));
    for (i = 0; i < 8; ++i) {
        CHECK_EQ_INT(expected[i].days, buffer[i].days);
    }
    count = 0;
    CHECK_EQ_INT(QAF_E_BUFFER_TOO_SMALL, qaf_bank_holidays(2024, 2024, small, 3, &count, &error));
    CHECK_EQ_INT(8, count);
    CHECK_STR_CONTAINS(qaf_error_message(error), "8 are needed");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_bank_holidays(1969, 2024, NULL, 0, &count, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error),
                       "year 1969 is outside the calendar's range 1970..2100");
    qaf_error_destroy(&error);
    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_bank_holidays(2024, 2101, NULL, 0, &count, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_bank_holidays(2025, 2024, NULL, 0, &count, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_bank_holidays(2024, 2024, buffer, 8, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out_count must not be NULL");
    qaf_error_destroy(&error);

    CHECK_EQ_INT(QAF_OK, qaf_bank_holiday_name(test_date(2023, 5, 8), &name, NULL));
    CHECK(name != NULL && strcmp(name, "Bank holiday for the coronation of King Charles III") == 0);
    CHECK_EQ_INT(QAF_OK, qaf_bank_holiday_name(test_date(2023, 5, 9), &name, NULL));
    CHECK(name == NULL);
    CHECK_EQ_INT(QAF_E_OUT_OF_RANGE, qaf_bank_holiday_name(test_date(1969, 12, 25), &name, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_bank_holiday_name(test_date(2024, 1, 1), NULL, NULL));
}

void run_calendar_tests(void) {
    agrees_with_the_shared_cases();
    initialises_options();
    creates_and_destroys();
    rejects_bad_options();
    closures_and_replacement_holidays();
    rejects_null_handles_and_outputs();
    counts_arrays_of_pairs();
    lists_bank_holidays();
}
