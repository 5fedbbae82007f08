#include "harness.h"

#include <stdlib.h>

#define VALID_DIR QAF_TEST_DATA_DIR "/frameworks/valid/"
#define INVALID_DIR QAF_TEST_DATA_DIR "/frameworks/invalid/"
#define EXAMPLE_PATH VALID_DIR "api-example.yaml"

/* True when some diagnostic of error sits at line:column and its message contains text. */
static int has_diagnostic(const qaf_error* error, int line, int column, const char* text) {
    size_t i;
    for (i = 0; i < qaf_error_diagnostic_count(error); ++i) {
        if (qaf_error_diagnostic_line(error, i) == line &&
            qaf_error_diagnostic_column(error, i) == column &&
            strstr(qaf_error_diagnostic_message(error, i), text) != NULL) {
            return 1;
        }
    }
    return 0;
}

static void print_diagnostics(const qaf_error* error) {
    size_t i;
    for (i = 0; i < qaf_error_diagnostic_count(error); ++i) {
        fprintf(stderr, "  got %s:%d:%d: %s\n", qaf_error_diagnostic_file(error, i),
                qaf_error_diagnostic_line(error, i), qaf_error_diagnostic_column(error, i),
                qaf_error_diagnostic_message(error, i));
    }
}

static qaf_framework* load_example(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_framework_load_file(EXAMPLE_PATH, &framework, &error));
    if (error != NULL) {
        fprintf(stderr, "%s\n", qaf_error_message(error));
        qaf_error_destroy(&error);
    }
    return framework;
}

static void every_builtin_opens(void) {
    size_t i;
    int has_default = 0;
    CHECK(qaf_framework_builtin_count() >= 1);
    for (i = 0; i < qaf_framework_builtin_count(); ++i) {
        const char* id = qaf_framework_builtin_id(i);
        qaf_framework* framework = NULL;
        qaf_error* error = NULL;
        CHECK_EQ_INT(QAF_OK, qaf_framework_open_builtin(id, &framework, &error));
        CHECK(error == NULL);
        CHECK(strcmp(qaf_framework_id(framework), id) == 0);
        CHECK(strlen(qaf_framework_name(framework)) > 0);
        has_default |= strcmp(id, "wt2023-default") == 0;
        qaf_framework_destroy(&framework);
    }
    CHECK(has_default);
    CHECK(strcmp(qaf_framework_builtin_id(qaf_framework_builtin_count()), "") == 0);
}

static void unknown_builtin_is_not_found(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_E_NOT_FOUND,
                 qaf_framework_open_builtin("no-such-framework", &framework, &error));
    CHECK(framework == NULL);
    CHECK_STR_CONTAINS(qaf_error_message(error), "no-such-framework");
    qaf_error_destroy(&error);
}

static void counts_and_names_by_index(void) {
    qaf_framework* framework = load_example();
    CHECK(strcmp(qaf_framework_id(framework), "api-example") == 0);
    CHECK(strcmp(qaf_framework_name(framework),
                 "API Example Safeguarding Children Partnership framework") == 0);

    CHECK_EQ_INT(4, qaf_framework_agency_count(framework));
    CHECK(strcmp(qaf_framework_agency_id(framework, 0), "council") == 0);
    CHECK(strcmp(qaf_framework_agency_name(framework, 2), "Example Police") == 0);
    CHECK(strcmp(qaf_framework_agency_sector(framework, 0), "local_authority_childrens_services") ==
          0);
    CHECK(strcmp(qaf_framework_agency_sector(framework, 3), "voluntary") == 0);

    CHECK_EQ_INT(3, qaf_framework_standard_count(framework));
    CHECK(strcmp(qaf_framework_standard_id(framework, 2), "safer-recruitment") == 0);
    CHECK(strcmp(qaf_framework_standard_title(framework, 1), "A clear line of accountability") ==
          0);
    CHECK(strcmp(qaf_framework_standard_tool(framework, 2), "s11") == 0);

    CHECK_EQ_INT(2, qaf_framework_indicator_count(framework));
    CHECK(strcmp(qaf_framework_indicator_id(framework, 0), "assessments-45wd") == 0);
    CHECK(strcmp(qaf_framework_indicator_label(framework, 1),
                 "Referrals to children's social care") == 0);

    /* One declared scale first, then the seven built-ins. */
    CHECK_EQ_INT(8, qaf_framework_scale_count(framework));
    CHECK(strcmp(qaf_framework_scale_id(framework, 0), "traffic") == 0);
    CHECK(strcmp(qaf_framework_scale_name(framework, 0), "Traffic lights with blue") == 0);
    CHECK_EQ_INT(4, qaf_framework_scale_level_count(framework, 0));
    CHECK(strcmp(qaf_framework_scale_id(framework, 1), "rag") == 0);
    CHECK_EQ_INT(3, qaf_framework_scale_level_count(framework, 1));
    CHECK(strcmp(qaf_framework_scale_id(framework, 7), "yes-no") == 0);
    qaf_framework_destroy(&framework);
}

static void out_of_range_indexes_give_empty_values(void) {
    qaf_framework* framework = load_example();
    CHECK(strcmp(qaf_framework_agency_id(framework, 4), "") == 0);
    CHECK(strcmp(qaf_framework_agency_name(framework, 99), "") == 0);
    CHECK(strcmp(qaf_framework_agency_sector(framework, 4), "") == 0);
    CHECK(strcmp(qaf_framework_standard_id(framework, 3), "") == 0);
    CHECK(strcmp(qaf_framework_standard_title(framework, 3), "") == 0);
    CHECK(strcmp(qaf_framework_standard_tool(framework, 3), "") == 0);
    CHECK(strcmp(qaf_framework_indicator_id(framework, 2), "") == 0);
    CHECK(strcmp(qaf_framework_indicator_label(framework, (size_t)-1), "") == 0);
    CHECK(strcmp(qaf_framework_scale_id(framework, 8), "") == 0);
    CHECK(strcmp(qaf_framework_scale_name(framework, 8), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_scale_level_count(framework, 8));
    qaf_framework_destroy(&framework);
}

/* Two problems in one text: both come back together, located. */
static const char two_problems[] = "schema_version: 1\n"
                                   "id: api-broken\n"
                                   "name: Broken\n"
                                   "partnership:\n"
                                   "  name: Broken partnership\n"
                                   "  working_together: {edition: 2023}\n"
                                   "agencies:\n"
                                   "  - id: council\n"
                                   "    name: Council\n"
                                   "    sector: polise\n"
                                   "  - id: police\n"
                                   "    name: Police\n"
                                   "    sectr: police\n";

static void load_string_reports_every_problem_located(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    int bad_value;
    int unknown_key;
    CHECK_EQ_INT(QAF_E_VALIDATION, qaf_framework_load_string(two_problems, strlen(two_problems),
                                                             "broken.yaml", &framework, &error));
    CHECK(framework == NULL);
    CHECK_EQ_INT(QAF_E_VALIDATION, qaf_error_code(error));
    CHECK(qaf_error_diagnostic_count(error) >= 2);
    CHECK(strcmp(qaf_error_diagnostic_file(error, 0), "broken.yaml") == 0);
    bad_value = has_diagnostic(error, 10, 13, "polise");
    unknown_key = has_diagnostic(error, 13, 5, "unknown key 'sectr' (did you mean 'sector'?)");
    CHECK(bad_value);
    CHECK(unknown_key);
    if (!bad_value || !unknown_key) {
        print_diagnostics(error);
    }
    CHECK_STR_CONTAINS(qaf_error_message(error), "broken.yaml:10:13: ");
    qaf_error_destroy(&error);
}

static void syntax_error_is_a_parse_error(void) {
    static const char text[] = "schema_version: 1\nid: [unclosed\n";
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_E_PARSE,
                 qaf_framework_load_string(text, strlen(text), NULL, &framework, &error));
    CHECK(qaf_error_diagnostic_count(error) >= 1);
    CHECK(strcmp(qaf_error_diagnostic_file(error, 0), "<string>") == 0);
    CHECK(qaf_error_diagnostic_line(error, 0) >= 2);
    qaf_error_destroy(&error);
}

static void newer_schema_is_unsupported(void) {
    static const char text[] = "schema_version: 2\nid: future\nname: Future\n";
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_E_UNSUPPORTED_VERSION,
                 qaf_framework_load_string(text, strlen(text), NULL, &framework, &error));
    CHECK(has_diagnostic(error, 1, 17, "unsupported schema_version 2"));
    qaf_error_destroy(&error);
}

/* The length, not a NUL, ends the text: the trailing garbage here must be ignored. */
static void load_string_reads_exactly_length_bytes(void) {
    char* json = NULL;
    char* padded;
    size_t length;
    qaf_framework* framework = load_example();
    qaf_framework* reloaded = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_framework_to_json(framework, &json, NULL));
    length = strlen(json);
    padded = malloc(length + 8);
    CHECK(padded != NULL);
    if (padded == NULL) {
        return;
    }
    memcpy(padded, json, length);
    memcpy(padded + length, "\n: [}{", 7); /* not NUL-terminated within length */
    CHECK_EQ_INT(QAF_OK, qaf_framework_load_string(padded, length, NULL, &reloaded, NULL));
    CHECK(strcmp(qaf_framework_id(reloaded), "api-example") == 0);
    free(padded);
    qaf_free(json);
    qaf_framework_destroy(&reloaded);
    qaf_framework_destroy(&framework);
}

static void missing_file_is_an_io_error(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_E_IO,
                 qaf_framework_load_file(VALID_DIR "no-such-file.yaml", &framework, &error));
    CHECK(framework == NULL);
    CHECK_STR_CONTAINS(qaf_error_message(error), "no-such-file.yaml");
    qaf_error_destroy(&error);
}

static void null_arguments_are_named(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    char* json = NULL;
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_load_file(NULL, &framework, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "path must not be NULL");
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_load_file(EXAMPLE_PATH, NULL, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "out must not be NULL");
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT,
                 qaf_framework_load_string(NULL, 0, NULL, &framework, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "text must not be NULL");
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_open_builtin(NULL, &framework, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "id must not be NULL");
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_to_json(NULL, &json, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "framework must not be NULL");
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_save_snapshot(NULL, "x", &error));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_load_snapshot(NULL, &framework, &error));
    CHECK_STR_CONTAINS(qaf_error_message(error), "path must not be NULL");
    CHECK(framework == NULL);
    CHECK(json == NULL);
    qaf_error_destroy(&error);

    framework = load_example();
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_to_json(framework, NULL, NULL));
    CHECK_EQ_INT(QAF_E_INVALID_ARGUMENT, qaf_framework_save_snapshot(framework, NULL, NULL));
    qaf_framework_destroy(&framework);
}

static void null_framework_getters_give_empty_values(void) {
    CHECK(strcmp(qaf_framework_id(NULL), "") == 0);
    CHECK(strcmp(qaf_framework_name(NULL), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_agency_count(NULL));
    CHECK(strcmp(qaf_framework_agency_id(NULL, 0), "") == 0);
    CHECK(strcmp(qaf_framework_agency_sector(NULL, 0), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_standard_count(NULL));
    CHECK(strcmp(qaf_framework_standard_tool(NULL, 0), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_indicator_count(NULL));
    CHECK(strcmp(qaf_framework_indicator_label(NULL, 0), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_scale_count(NULL));
    CHECK(strcmp(qaf_framework_scale_name(NULL, 0), "") == 0);
    CHECK_EQ_INT(0, qaf_framework_scale_level_count(NULL, 0));
}

static void destroy_accepts_null(void) {
    qaf_framework* framework = NULL;
    qaf_framework_destroy(&framework);
    qaf_framework_destroy(NULL);
    framework = load_example();
    qaf_framework_destroy(&framework);
    CHECK(framework == NULL);
}

static void json_round_trip_is_stable(void) {
    qaf_framework* framework = load_example();
    qaf_framework* reloaded = NULL;
    char* first = NULL;
    char* second = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_framework_to_json(framework, &first, &error));
    CHECK_STR_CONTAINS(first, "\"schema_version\": 1");
    CHECK_EQ_INT(QAF_OK, qaf_framework_load_string(first, strlen(first), "canonical.json",
                                                   &reloaded, &error));
    CHECK_EQ_INT(QAF_OK, qaf_framework_to_json(reloaded, &second, &error));
    CHECK(first != NULL && second != NULL && strcmp(first, second) == 0);
    CHECK(error == NULL);
    qaf_free(first);
    qaf_free(second);
    qaf_framework_destroy(&reloaded);
    qaf_framework_destroy(&framework);
}

static void snapshot_round_trip(void) {
    /* ctest runs in the build tree, so the snapshot lands there. */
    static const char path[] = "qaf_capi_framework_test.snapshot";
    qaf_framework* framework = load_example();
    qaf_framework* restored = NULL;
    char* before = NULL;
    char* after = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_OK, qaf_framework_save_snapshot(framework, path, &error));
    CHECK_EQ_INT(QAF_OK, qaf_framework_load_snapshot(path, &restored, &error));
    CHECK(strcmp(qaf_framework_id(restored), "api-example") == 0);
    CHECK_EQ_INT(QAF_OK, qaf_framework_to_json(framework, &before, NULL));
    CHECK_EQ_INT(QAF_OK, qaf_framework_to_json(restored, &after, NULL));
    CHECK(before != NULL && after != NULL && strcmp(before, after) == 0);
    CHECK(error == NULL);
    qaf_free(before);
    qaf_free(after);
    qaf_framework_destroy(&restored);
    qaf_framework_destroy(&framework);
    remove(path);
}

static void bad_snapshots_are_errors(void) {
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    CHECK_EQ_INT(QAF_E_IO, qaf_framework_load_snapshot("no-such.snapshot", &framework, &error));
    CHECK(qaf_framework_load_snapshot(EXAMPLE_PATH, &framework, &error) < 0);
    CHECK(framework == NULL);
    qaf_error_destroy(&error);
}

/* ---- the malformed corpus: tests/data/frameworks/invalid/expected.tsv ------------------- */

#define CORPUS_LINE_MAX 1024

/* One row: file, line, column, message substring (tab-separated). The strings point into the
 * line that was parsed. */
typedef struct expected_row {
    const char* file;
    int line;
    int column;
    const char* message;
} expected_row;

static void strip_line_end(char* text) {
    text[strcspn(text, "\r\n")] = '\0';
}

/* Parses "file<TAB>line<TAB>column<TAB>message"; 0 for comments, blank and malformed lines. */
static int parse_expected_row(char* text, expected_row* row) {
    char* fields[4];
    int count = 0;
    char* cursor = text;
    strip_line_end(text);
    if (text[0] == '#' || text[0] == '\0') {
        return 0;
    }
    while (count < 4 && cursor != NULL) {
        fields[count++] = cursor;
        cursor = count < 4 ? strchr(cursor, '\t') : NULL;
        if (cursor != NULL) {
            *cursor++ = '\0';
        }
    }
    if (count != 4) {
        fprintf(stderr, "expected.tsv: malformed row '%s'\n", text);
        CHECK(count == 4);
        return 0;
    }
    row->file = fields[0];
    row->line = atoi(fields[1]);
    row->column = atoi(fields[2]);
    row->message = fields[3];
    return 1;
}

static void check_corpus_row(const expected_row* row) {
    char path[sizeof INVALID_DIR + CORPUS_LINE_MAX];
    qaf_framework* framework = NULL;
    qaf_error* error = NULL;
    snprintf(path, sizeof path, "%s%s", INVALID_DIR, row->file);
    CHECK(qaf_framework_load_file(path, &framework, &error) < 0);
    CHECK(qaf_error_diagnostic_count(error) >= 1);
    if (!has_diagnostic(error, row->line, row->column, row->message)) {
        ++qaf_test_checks_failed;
        fprintf(stderr, "%s: no diagnostic at %d:%d containing '%s'\n", row->file, row->line,
                row->column, row->message);
        print_diagnostics(error);
    } else {
        ++qaf_test_checks_passed;
    }
    qaf_framework_destroy(&framework);
    qaf_error_destroy(&error);
}

static void malformed_corpus_matches_expected_locations(void) {
    char text[CORPUS_LINE_MAX];
    expected_row row;
    int rows = 0;
    FILE* expected = fopen(INVALID_DIR "expected.tsv", "r");
    CHECK(expected != NULL);
    if (expected == NULL) {
        fprintf(stderr, "cannot open %sexpected.tsv\n", INVALID_DIR);
        return;
    }
    while (fgets(text, sizeof text, expected) != NULL) {
        if (parse_expected_row(text, &row)) {
            check_corpus_row(&row);
            ++rows;
        }
    }
    fclose(expected);
    CHECK(rows > 0);
}

void run_framework_tests(void) {
    every_builtin_opens();
    unknown_builtin_is_not_found();
    counts_and_names_by_index();
    out_of_range_indexes_give_empty_values();
    load_string_reports_every_problem_located();
    syntax_error_is_a_parse_error();
    newer_schema_is_unsupported();
    load_string_reads_exactly_length_bytes();
    missing_file_is_an_io_error();
    null_arguments_are_named();
    null_framework_getters_give_empty_values();
    destroy_accepts_null();
    json_round_trip_is_stable();
    snapshot_round_trip();
    bad_snapshots_are_errors();
    malformed_corpus_matches_expected_locations();
}
