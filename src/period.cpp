#include "qaf/period.hpp"

#include "detail/bulk.hpp"
#include "qaf/error.hpp"

#include <cstdio>
#include <limits>

QAF_BEGIN_NAMESPACE

namespace {

using qaf::detail::require_same_length;

constexpr PeriodKind all_kinds[] = {PeriodKind::month, PeriodKind::financial_quarter,
                                    PeriodKind::financial_year, PeriodKind::academic_year};

// Month (1..12) in which each kind's year starts.
int first_month_of_year(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::financial_quarter:
    case PeriodKind::financial_year:
        return 4;
    case PeriodKind::academic_year:
        return 9;
    case PeriodKind::month:
        break;
    }
    return 1;
}

int start_year_of(Date date, int first_month) {
    const auto parts = date.ymd();
    return parts.month >= first_month ? parts.year : parts.year - 1;
}

// Months are 1..12 within a year that starts in January; quarters group the financial year.
int financial_quarter_of_month(int month) {
    return (month + 8) % 12 / 3 + 1;
}

// Checks one int64 day (datetime64[D]) of a bulk input: NaT and days outside qaf::Date's years.
Date date_at(std::span<const std::int64_t> days, std::size_t position) {
    const std::int64_t day = days[position];
    if (day == std::numeric_limits<std::int64_t>::min()) [[unlikely]] {
        throw InvalidArgument("date at position " + std::to_string(position) +
                              " is NaT (not a time); expected a date");
    }
    if (day < days_from_civil(Date::min_year, 1, 1) ||
        day > days_from_civil(Date::max_year, 12, 31)) [[unlikely]] {
        throw OutOfRange("date at position " + std::to_string(position) + " (day " +
                         std::to_string(day) + " since 1970-01-01) is outside years " +
                         std::to_string(Date::min_year) + ".." + std::to_string(Date::max_year));
    }
    return Date{static_cast<std::int32_t>(day)};
}

template <class Function>
void each_date(std::span<const Date> dates, std::span<std::int32_t> out, Function function) {
    require_same_length(dates.size(), out.size(), "dates and out");
    for (std::size_t i = 0; i < dates.size(); ++i) {
        out[i] = function(dates[i]);
    }
}

} // namespace

const char* period_kind_name(PeriodKind kind) noexcept {
    switch (kind) {
    case PeriodKind::month:
        return "month";
    case PeriodKind::financial_quarter:
        return "financial_quarter";
    case PeriodKind::financial_year:
        return "financial_year";
    case PeriodKind::academic_year:
        return "academic_year";
    }
    return "unknown";
}

PeriodKind period_kind_from_name(const std::string& name) {
    std::string known;
    for (const auto kind : all_kinds) {
        if (name == period_kind_name(kind)) {
            return kind;
        }
        known += (known.empty() ? "" : ", ") + std::string(period_kind_name(kind));
    }
    throw InvalidArgument("unknown period kind '" + name + "'; expected one of " + known);
}

Date Period::first_day() const {
    switch (kind) {
    case PeriodKind::month:
        return Date{days_from_civil(year, number, 1)};
    case PeriodKind::financial_quarter: {
        const int month = 4 + 3 * (number - 1); // 4, 7, 10, 13 (= January of the next year)
        return Date{days_from_civil(month > 12 ? year + 1 : year, (month - 1) % 12 + 1, 1)};
    }
    case PeriodKind::financial_year:
    case PeriodKind::academic_year:
        break;
    }
    return Date{days_from_civil(year, first_month_of_year(kind), 1)};
}

Date Period::last_day() const {
    return next().first_day() - 1;
}

Period Period::next() const {
    const int periods_per_year = kind == PeriodKind::month               ? 12
                                 : kind == PeriodKind::financial_quarter ? 4
                                                                         : 1;
    if (number < periods_per_year) {
        return {kind, year, number + 1};
    }
    return {kind, year + 1, 1};
}

std::string Period::label() const {
    char text[32];
    switch (kind) {
    case PeriodKind::month:
        std::snprintf(text, sizeof text, "%04d-%02d", year, number);
        return text;
    case PeriodKind::financial_quarter:
        return year_label(year) + " Q" + std::to_string(number);
    case PeriodKind::financial_year:
    case PeriodKind::academic_year:
        break;
    }
    return year_label(year);
}

int financial_year_start(Date date) noexcept {
    return start_year_of(date, 4);
}

int financial_quarter(Date date) noexcept {
    return financial_quarter_of_month(date.ymd().month);
}

int academic_year_start(Date date) noexcept {
    return start_year_of(date, 9);
}

std::string year_label(int start_year) {
    const int next_year_in_century = ((start_year + 1) % 100 + 100) % 100;
    char text[32];
    std::snprintf(text, sizeof text, "%d/%02d", start_year, next_year_in_century);
    return text;
}

Period period_of(PeriodKind kind, Date date) noexcept {
    switch (kind) {
    case PeriodKind::month: {
        const auto parts = date.ymd();
        return {kind, parts.year, parts.month};
    }
    case PeriodKind::financial_quarter:
        return {kind, financial_year_start(date), financial_quarter(date)};
    case PeriodKind::financial_year:
    case PeriodKind::academic_year:
        break;
    }
    return {kind, start_year_of(date, first_month_of_year(kind)), 1};
}

std::vector<Period> periods_between(PeriodKind kind, Date first, Date last) {
    if (last < first) {
        throw InvalidArgument("last date " + last.to_string() + " is before first date " +
                              first.to_string());
    }
    std::vector<Period> periods;
    const Period end = period_of(kind, last);
    for (Period period = period_of(kind, first); period <= end; period = period.next()) {
        periods.push_back(period);
    }
    return periods;
}

void financial_year_starts(std::span<const Date> dates, std::span<std::int32_t> out) {
    each_date(dates, out, financial_year_start);
}

void financial_quarters(std::span<const Date> dates, std::span<std::int32_t> out) {
    each_date(dates, out, financial_quarter);
}

void academic_year_starts(std::span<const Date> dates, std::span<std::int32_t> out) {
    each_date(dates, out, academic_year_start);
}

void period_starts(PeriodKind kind, std::span<const std::int64_t> dates,
                   std::span<std::int64_t> out_years, std::span<std::int64_t> out_numbers) {
    require_same_length(dates.size(), out_years.size(), "dates and out_years");
    require_same_length(dates.size(), out_numbers.size(), "dates and out_numbers");
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const Period period = period_of(kind, date_at(dates, i));
        out_years[i] = period.year;
        out_numbers[i] = period.number;
    }
}

QAF_END_NAMESPACE
