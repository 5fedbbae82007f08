/*
 * qaf.h: the C API of qaf, the quality assurance framework library for England's Safeguarding
 * Children Partnerships. This header is the only ABI promise qaf makes (SOVERSION = major).
 *
 * Conventions (docs/c-api.md):
 * - Fallible functions return qaf_status: QAF_OK (0) or a negative QAF_E_* code. Codes may be
 *   added in later versions; treat any negative value you do not know as an error.
 * - Detail comes through an optional last parameter `qaf_error **out_error`: pass NULL to ignore
 *   it, or the address of a NULL pointer to receive an error object on failure, which the caller
 *   owns and frees with qaf_error_destroy. It is left untouched on success.
 * - `T **out` parameters hand ownership to the caller, who frees the object with its destroyer.
 *   Pointers returned by value are borrowed from their parent object.
 * - Memory the library allocates for the caller (strings, arrays) is freed with qaf_free.
 * - Destroyers take `T **`, accept NULL (and a pointer to NULL) and set the pointer to NULL.
 * - No function lets a C++ exception escape.
 * - Threads: a qaf_framework and a qaf_calendar are immutable once built and may be shared
 *   across threads; qaf_error objects belong to the thread that received them.
 */
#ifndef QAF_QAF_H
#define QAF_QAF_H

#include <stddef.h>
#include <stdint.h>

#include "qaf/version.h"

#if defined(QAF_STATIC)
#define QAF_API
#elif defined(_WIN32)
#if defined(QAF_BUILDING_CAPI)
#define QAF_API __declspec(dllexport)
#else
#define QAF_API __declspec(dllimport)
#endif
#else
#define QAF_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status, errors, version, memory ---------------------------------------------------- */

/* A status code: QAF_OK or one of the negative QAF_E_* codes (since 0.1). */
typedef int32_t qaf_status;

#define QAF_OK 0
#define QAF_E_INVALID_ARGUMENT (-1)    /* a value outside its domain, a NULL handle */
#define QAF_E_OUT_OF_RANGE (-2)        /* a valid value outside what qaf covers */
#define QAF_E_PARSE (-3)               /* text not in the expected syntax */
#define QAF_E_VALIDATION (-4)          /* well-formed input that breaks a rule */
#define QAF_E_NOT_FOUND (-5)           /* a named thing that does not exist */
#define QAF_E_IO (-6)                  /* a file that cannot be read or written */
#define QAF_E_BUFFER_TOO_SMALL (-7)    /* the caller's buffer is too small */
#define QAF_E_UNSUPPORTED_VERSION (-8) /* a schema or archive version qaf cannot read */
#define QAF_E_INTERNAL (-100)          /* a bug in qaf */

/* Static English text for a status ("invalid argument"); never NULL, never to be freed. */
QAF_API const char* qaf_status_string(qaf_status status);

/* An error's detail. Must be destroyed with qaf_error_destroy. */
typedef struct qaf_error qaf_error;

QAF_API qaf_status qaf_error_code(const qaf_error* error);
/* The full message; borrowed from the error. Never NULL (empty for a NULL error). */
QAF_API const char* qaf_error_message(const qaf_error* error);
/* Located problems (loaders report every problem of an input): count, then each part by
 * index. Strings are borrowed from the error; line and column count from 1, 0 = unknown.
 * Out-of-range indexes give "" and 0. */
QAF_API size_t qaf_error_diagnostic_count(const qaf_error* error);
QAF_API const char* qaf_error_diagnostic_file(const qaf_error* error, size_t index);
QAF_API int32_t qaf_error_diagnostic_line(const qaf_error* error, size_t index);
QAF_API int32_t qaf_error_diagnostic_column(const qaf_error* error, size_t index);
QAF_API const char* qaf_error_diagnostic_message(const qaf_error* error, size_t index);
QAF_API void qaf_error_destroy(qaf_error** error);

/* The library's version: "MAJOR.MINOR.PATCH" and QAF_VERSION_NUMBER's run-time twin. Compare
 * them with the QAF_VERSION_* macros to detect a header/library mismatch. */
QAF_API const char* qaf_version(void);
QAF_API int32_t qaf_version_number(void);

/* Frees memory that qaf allocated for the caller (NULL is a no-op). */
QAF_API void qaf_free(void* memory);

/* ---- date ------------------------------------------------------------------------------- */

/* A calendar date: days since 1970-01-01 (negative before). Same as numpy's datetime64[D]. */
typedef struct qaf_date {
    int32_t days;
} qaf_date;

/* Builds a date from its parts (years 1..9999); QAF_E_INVALID_ARGUMENT for 2023-02-29. */
QAF_API qaf_status qaf_date_from_ymd(int32_t year, int32_t month, int32_t day, qaf_date* out,
                                     qaf_error** out_error);
/* Splits a date into its parts; any out pointer may be NULL. */
QAF_API void qaf_date_to_ymd(qaf_date date, int32_t* out_year, int32_t* out_month,
                             int32_t* out_day);
/* Parses "YYYY-MM-DD". */
QAF_API qaf_status qaf_date_parse(const char* text, qaf_date* out, qaf_error** out_error);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
QAF_API int32_t qaf_date_weekday(qaf_date date);

/* ---- calendar --------------------------------------------------------------------------- */

/* Working days from 1970-01-01 to 2100-12-31 (docs/calendar.md): weekends, England & Wales bank
 * holidays (or a list of your own) and local closure days are not working days. Immutable once
 * created: share one across threads without locks. Must be destroyed with qaf_calendar_destroy.
 * Every date given to or returned by a calendar lies in that range; any other gives
 * QAF_E_OUT_OF_RANGE with a message naming the date. */
typedef struct qaf_calendar qaf_calendar;

#define QAF_CALENDAR_OPTIONS_VERSION 1

/* What a calendar treats as non-working besides weekends. Fill it with qaf_calendar_options_init
 * first, so that fields added in later versions get their defaults. The arrays are copied. */
typedef struct qaf_calendar_options {
    uint32_t version;         /* QAF_CALENDAR_OPTIONS_VERSION */
    const qaf_date* closures; /* local closure days (weekends and duplicates are fine) */
    size_t closure_count;     /* NULL closures is allowed only with a count of 0 */
    int32_t replace_holidays; /* 0: England & Wales bank holidays; nonzero: holidays[] instead */
    const qaf_date* holidays; /* used when replace_holidays is nonzero; may be empty */
    size_t holiday_count;
} qaf_calendar_options;

/* Sets every field to its default (no closures, England & Wales bank holidays) for the given
 * version; QAF_E_UNSUPPORTED_VERSION for a version this library does not know. */
QAF_API qaf_status qaf_calendar_options_init(qaf_calendar_options* options, uint32_t version);

/* Creates a calendar; options NULL means the default (England & Wales, no closures). The caller
 * owns *out, left untouched on failure. */
QAF_API qaf_status qaf_calendar_create(const qaf_calendar_options* options, qaf_calendar** out,
                                       qaf_error** out_error);
/* Destroys a calendar and sets *calendar to NULL; NULL and a pointer to NULL are no-ops. */
QAF_API void qaf_calendar_destroy(qaf_calendar** calendar);

/* *out_is_working_day = 1 for a working day, 0 otherwise. */
QAF_API qaf_status qaf_calendar_is_working_day(const qaf_calendar* calendar, qaf_date date,
                                               int32_t* out_is_working_day, qaf_error** out_error);
/* The number of working days d with start < d <= end: 0 for the same day, 1 from a Friday to the
 * next Monday, negative when end is before start. */
QAF_API qaf_status qaf_calendar_working_days_between(const qaf_calendar* calendar, qaf_date start,
                                                     qaf_date end, int32_t* out_count,
                                                     qaf_error** out_error);
/* The same for count pairs: out_counts[i] for starts[i], ends[i]. The arrays may be NULL only
 * when count is 0. On failure the message names the first bad position; out_counts may be
 * partly written. */
QAF_API qaf_status qaf_calendar_working_days_between_array(const qaf_calendar* calendar,
                                                           const qaf_date* starts,
                                                           const qaf_date* ends, size_t count,
                                                           int32_t* out_counts,
                                                           qaf_error** out_error);
/* n > 0: the n-th working day after date; n == 0: date itself; n < 0: the |n|-th working day
 * before date. */
QAF_API qaf_status qaf_calendar_add_working_days(const qaf_calendar* calendar, qaf_date date,
                                                 int32_t n, qaf_date* out_date,
                                                 qaf_error** out_error);
/* *out_within = 1 when end >= start and working_days_between(start, end) <= n, else 0. */
QAF_API qaf_status qaf_calendar_within_working_days(const qaf_calendar* calendar, qaf_date start,
                                                    qaf_date end, int32_t n, int32_t* out_within,
                                                    qaf_error** out_error);

/* The England & Wales bank holidays of first_year..last_year (1970..2100), in date order (only
 * weekdays: a holiday on a weekend appears as its substitute day). buffer NULL asks for the
 * number only; a buffer smaller than the number gives QAF_E_BUFFER_TOO_SMALL. *out_count always
 * receives the number of holidays on success and on QAF_E_BUFFER_TOO_SMALL. */
QAF_API qaf_status qaf_bank_holidays(int32_t first_year, int32_t last_year, qaf_date* buffer,
                                     size_t capacity, size_t* out_count, qaf_error** out_error);
/* The name of the England & Wales bank holiday on date ("Boxing Day"), or NULL when the date is
 * not one. The string is static: never freed. QAF_E_OUT_OF_RANGE outside 1970..2100. */
QAF_API qaf_status qaf_bank_holiday_name(qaf_date date, const char** out_name,
                                         qaf_error** out_error);

/* ---- period ----------------------------------------------------------------------------- */

/* Kinds of reporting period (since 0.1). */
#define QAF_PERIOD_MONTH 1
#define QAF_PERIOD_FINANCIAL_QUARTER 2 /* Q1 = April-June ... Q4 = January-March */
#define QAF_PERIOD_FINANCIAL_YEAR 3    /* 1 April - 31 March */
#define QAF_PERIOD_ACADEMIC_YEAR 4     /* 1 September - 31 August */

/* The start year of the financial year (2024 for 2024/25) or academic year containing date, and
 * the financial quarter (1..4). */
QAF_API qaf_status qaf_financial_year(qaf_date date, int32_t* out_start_year,
                                      qaf_error** out_error);
QAF_API qaf_status qaf_financial_quarter(qaf_date date, int32_t* out_quarter,
                                         qaf_error** out_error);
QAF_API qaf_status qaf_academic_year(qaf_date date, int32_t* out_start_year, qaf_error** out_error);
/* The same for count dates; the arrays may be NULL only when count is 0. */
QAF_API qaf_status qaf_financial_year_array(const qaf_date* dates, size_t count,
                                            int32_t* out_start_years, qaf_error** out_error);
QAF_API qaf_status qaf_financial_quarter_array(const qaf_date* dates, size_t count,
                                               int32_t* out_quarters, qaf_error** out_error);

/* The first and last day of the period of the given kind (QAF_PERIOD_*) containing date; either
 * out pointer may be NULL. */
QAF_API qaf_status qaf_period_bounds(int32_t kind, qaf_date date, qaf_date* out_first_day,
                                     qaf_date* out_last_day, qaf_error** out_error);
/* The label of that period: "2024-04" (month), "2024/25 Q1", "2024/25" (financial or academic
 * year), written NUL-terminated into buffer of `size` bytes. *out_length (may be NULL) receives
 * the label's length without the NUL. buffer NULL asks for the length only; a size too small
 * for the label and its NUL gives QAF_E_BUFFER_TOO_SMALL (with *out_length set). */
QAF_API qaf_status qaf_period_label(int32_t kind, qaf_date date, char* buffer, size_t size,
                                    size_t* out_length, qaf_error** out_error);

/* ---- framework -------------------------------------------------------------------------- */

/* A partnership's quality assurance framework, validated (docs/framework.md; the file format is
 * docs/framework-format.md). Immutable once created: share one across threads without locks.
 * Must be destroyed with qaf_framework_destroy. */
typedef struct qaf_framework qaf_framework;

/* Loads a framework file (YAML, or JSON read as YAML); path is UTF-8. On success *out receives
 * a new framework the caller owns. An invalid file gives QAF_E_PARSE, QAF_E_VALIDATION or
 * QAF_E_UNSUPPORTED_VERSION with every problem as a located diagnostic of *out_error; an
 * unreadable file gives QAF_E_IO. *out is left untouched on failure. */
QAF_API qaf_status qaf_framework_load_file(const char* path, qaf_framework** out,
                                           qaf_error** out_error);
/* Loads a framework from `length` bytes of text (no terminating NUL needed; the text is copied
 * and not kept). source_name is the file name diagnostics carry; NULL means "<string>". */
QAF_API qaf_status qaf_framework_load_string(const char* text, size_t length,
                                             const char* source_name, qaf_framework** out,
                                             qaf_error** out_error);
/* Opens a framework bundled with the library by id (e.g. "wt2023-default"); QAF_E_NOT_FOUND for
 * an unknown id. The caller owns *out. */
QAF_API qaf_status qaf_framework_open_builtin(const char* id, qaf_framework** out,
                                              qaf_error** out_error);
/* The bundled frameworks: their number, then each id by index. Ids are static strings (never
 * freed); an out-of-range index gives "". */
QAF_API size_t qaf_framework_builtin_count(void);
QAF_API const char* qaf_framework_builtin_id(size_t index);
/* Destroys a framework and sets *framework to NULL; NULL and a pointer to NULL are no-ops. Every
 * string borrowed from the framework dies with it. */
QAF_API void qaf_framework_destroy(qaf_framework** framework);

/* The getters below never fail and never return NULL. Strings are borrowed from the framework
 * (valid until it is destroyed). A NULL framework or an out-of-range index gives "" (and 0 for
 * numbers); indexes run from 0 to the matching count - 1, in file order. */
QAF_API const char* qaf_framework_id(const qaf_framework* framework);
QAF_API const char* qaf_framework_name(const qaf_framework* framework);

/* Agencies: id, display name and sector as written in files ("police", "icb", ...). */
QAF_API size_t qaf_framework_agency_count(const qaf_framework* framework);
QAF_API const char* qaf_framework_agency_id(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_agency_name(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_agency_sector(const qaf_framework* framework, size_t index);

/* Standards of every assessment tool, tool by tool and section by section: id (unique within its
 * tool), title and the id of the assessment tool it belongs to. */
QAF_API size_t qaf_framework_standard_count(const qaf_framework* framework);
QAF_API const char* qaf_framework_standard_id(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_standard_title(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_standard_tool(const qaf_framework* framework, size_t index);

/* Indicator definitions: id and label. */
QAF_API size_t qaf_framework_indicator_count(const qaf_framework* framework);
QAF_API const char* qaf_framework_indicator_id(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_indicator_label(const qaf_framework* framework, size_t index);

/* Rating scales the framework can use: those it declares (file order), then the built-ins
 * ("rag", "ofsted", "met", "0-3", "1-4", "percent-5", "yes-no"). */
QAF_API size_t qaf_framework_scale_count(const qaf_framework* framework);
QAF_API const char* qaf_framework_scale_id(const qaf_framework* framework, size_t index);
QAF_API const char* qaf_framework_scale_name(const qaf_framework* framework, size_t index);
QAF_API size_t qaf_framework_scale_level_count(const qaf_framework* framework, size_t index);

/* The canonical JSON form (fixed key order, every field written, defaults included); loading it
 * gives an equal framework. *out_json receives a NUL-terminated string the caller frees with
 * qaf_free. */
QAF_API qaf_status qaf_framework_to_json(const qaf_framework* framework, char** out_json,
                                         qaf_error** out_error);

/* Snapshots: a compiled framework saved for fast start-up (Boost.Serialization). A snapshot is a
 * rebuildable cache, not a durable format: keep the YAML and rebuild the snapshot when qaf
 * changes. Saving writes atomically (temporary file in the same directory, then rename). */
QAF_API qaf_status qaf_framework_save_snapshot(const qaf_framework* framework, const char* path,
                                               qaf_error** out_error);
/* QAF_E_UNSUPPORTED_VERSION for a snapshot written by a newer qaf; the caller owns *out. */
QAF_API qaf_status qaf_framework_load_snapshot(const char* path, qaf_framework** out,
                                               qaf_error** out_error);

#ifdef __cplusplus
}
#endif

#endif /* QAF_QAF_H */
