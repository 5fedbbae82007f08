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

/* ---- period ----------------------------------------------------------------------------- */

/* ---- framework -------------------------------------------------------------------------- */

#ifdef __cplusplus
}
#endif

#endif /* QAF_QAF_H */
