#include "qaf/date.hpp"

#include "qaf/error.hpp"

#include <charconv>
#include <cstdio>

QAF_BEGIN_NAMESPACE

bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) noexcept {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

// Eras of 400 years starting on 1 March, so that the leap day is the last day of a year.
std::int32_t days_from_civil(int year, int month, int day) noexcept {
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int year_of_era = year - era * 400;
    const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

YearMonthDay civil_from_days(std::int32_t days) noexcept {
    const std::int32_t shifted = days + 719468;
    const std::int32_t era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const int day_of_era = shifted - era * 146097;
    const int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int shifted_month = (5 * day_of_year + 2) / 153;
    const int day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    const int month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    return {year_of_era + era * 400 + (month <= 2), month, day};
}

Date Date::from_ymd(int year, int month, int day) {
    if (year < min_year || year > max_year) {
        throw InvalidArgument("year " + std::to_string(year) + " is outside " +
                              std::to_string(min_year) + ".." + std::to_string(max_year));
    }
    if (month < 1 || month > 12) {
        throw InvalidArgument("month " + std::to_string(month) + " is not 1..12");
    }
    const int length = days_in_month(year, month);
    if (day < 1 || day > length) {
        throw InvalidArgument("day " + std::to_string(day) + " is not 1.." +
                              std::to_string(length) + " for " + std::to_string(year) + "-" +
                              (month < 10 ? "0" : "") + std::to_string(month));
    }
    return {days_from_civil(year, month, day)};
}

namespace {

bool parse_digits(std::string_view text, int& value) {
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end;
}

} // namespace

Date Date::parse(std::string_view iso) {
    int year = 0;
    int month = 0;
    int day = 0;
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    if (!shaped || !parse_digits(iso.substr(0, 4), year) ||
        !parse_digits(iso.substr(5, 2), month) || !parse_digits(iso.substr(8, 2), day)) {
        throw InvalidArgument("expected a date as YYYY-MM-DD, got '" +
                              std::string(iso.substr(0, 40)) + "'");
    }
    return from_ymd(year, month, day);
}

YearMonthDay Date::ymd() const noexcept {
    return civil_from_days(days);
}

Weekday Date::weekday() const noexcept {
    // 1970-01-01 was a Thursday (ISO 4).
    const int offset = static_cast<int>(((static_cast<std::int64_t>(days) % 7) + 7 + 3) % 7);
    return static_cast<Weekday>(offset + 1);
}

std::string Date::to_string() const {
    const auto parts = ymd();
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", parts.year, parts.month, parts.day);
    return text;
}

QAF_END_NAMESPACE
