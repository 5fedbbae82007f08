// qaf::Date: a calendar date as a count of days since 1970-01-01, the representation used in hot
// paths, in columns of dates, and across the C ABI (qaf_date) and numpy (datetime64[D]).
#pragma once

#include "qaf/base.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

QAF_BEGIN_NAMESPACE

struct YearMonthDay {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    friend constexpr bool operator==(const YearMonthDay&, const YearMonthDay&) = default;
};

// ISO weekday numbers.
enum class Weekday : int { monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday };

struct Date {
    std::int32_t days = 0; // days since 1970-01-01 (negative before)

    // Years qaf accepts anywhere a date is built from parts or text.
    static constexpr int min_year = 1;
    static constexpr int max_year = 9999;

    // Throws InvalidArgument for an impossible date (2023-02-29, month 13, year 0).
    static Date from_ymd(int year, int month, int day);
    // Parses exactly "YYYY-MM-DD"; throws InvalidArgument naming what was expected.
    static Date parse(std::string_view iso);

    YearMonthDay ymd() const noexcept;
    Weekday weekday() const noexcept;
    bool is_weekend() const noexcept { return weekday() >= Weekday::saturday; }
    std::string to_string() const; // "YYYY-MM-DD"

    friend constexpr auto operator<=>(Date, Date) = default;
    friend constexpr Date operator+(Date date, std::int32_t days) { return {date.days + days}; }
    friend constexpr Date operator-(Date date, std::int32_t days) { return {date.days - days}; }
    friend constexpr std::int32_t operator-(Date a, Date b) { return a.days - b.days; }
};

bool is_leap_year(int year) noexcept;
int days_in_month(int year, int month) noexcept; // 0 when month is not 1..12

// Proleptic Gregorian conversions without validation (H. Hinnant's algorithms); used where the
// parts are known to be valid. days_from_civil(1970, 1, 1) == 0.
std::int32_t days_from_civil(int year, int month, int day) noexcept;
YearMonthDay civil_from_days(std::int32_t days) noexcept;

QAF_END_NAMESPACE
