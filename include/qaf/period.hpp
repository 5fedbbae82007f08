// Reporting periods: months, financial quarters and years (1 April - 31 March) and academic years
// (1 September - 31 August), as used by DfE collections and partnership reports.
#pragma once

#include "qaf/date.hpp"

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

QAF_BEGIN_NAMESPACE

// Numeric values are part of the C ABI (QAF_PERIOD_* in qaf.h): never renumber, only add.
enum class PeriodKind : std::int32_t {
    month = 1,
    financial_quarter = 2, // Q1 = April-June ... Q4 = January-March
    financial_year = 3,    // 1 April - 31 March
    academic_year = 4,     // 1 September - 31 August
};

// "month", "financial_quarter", "financial_year", "academic_year".
const char* period_kind_name(PeriodKind kind) noexcept;
// The inverse of period_kind_name; throws InvalidArgument listing the known names.
PeriodKind period_kind_from_name(const std::string& name);

// One reporting period. `year` is the calendar year the period's year starts in: the month's
// year, or the start year of the financial/academic year (so Q4 2024/25, January-March 2025, has
// year 2024). `number` is the month (1..12), the quarter (1..4), or 1 for years.
struct Period {
    PeriodKind kind = PeriodKind::financial_year;
    int year = 1970;
    int number = 1;

    Date first_day() const;
    Date last_day() const;
    // "2024-04" (month), "2024/25 Q1" (quarter), "2024/25" (financial or academic year).
    std::string label() const;
    Period next() const;

    friend auto operator<=>(const Period&, const Period&) = default;
};

// Start years and quarters of the reporting periods containing a date.
int financial_year_start(Date date) noexcept;
int financial_quarter(Date date) noexcept; // 1..4
int academic_year_start(Date date) noexcept;
// "2024/25" for 2024; "1999/00" for 1999.
std::string year_label(int start_year);

Period period_of(PeriodKind kind, Date date) noexcept;
// Every period from the one containing first to the one containing last, both included.
// Throws InvalidArgument when last < first.
std::vector<Period> periods_between(PeriodKind kind, Date first, Date last);

// Bulk forms: out[i] = f(dates[i]); spans of different lengths give InvalidArgument. The int64
// forms take days since 1970-01-01 (numpy datetime64[D]); NaT gives InvalidArgument naming its
// position.
void financial_year_starts(std::span<const Date> dates, std::span<std::int32_t> out);
void financial_quarters(std::span<const Date> dates, std::span<std::int32_t> out);
void academic_year_starts(std::span<const Date> dates, std::span<std::int32_t> out);
void period_starts(PeriodKind kind, std::span<const std::int64_t> dates,
                   std::span<std::int64_t> out_years, std::span<std::int64_t> out_numbers);

QAF_END_NAMESPACE
