// qaf::Calendar: O(1) working-day arithmetic from two tables built once per calendar, a prefix
// count of working days (one int32 per day) and the list of working days in date order.
#include "qaf/calendar.hpp"

#include "detail/bulk.hpp"
#include "qaf/error.hpp"

#include <algorithm>
#include <limits>
#include <string>

QAF_BEGIN_NAMESPACE

namespace detail {

struct CalendarTables {
    // counts[i] = number of working days before day i (days since 1970-01-01), for i in
    // 0..day_count, so working_through(d) = counts[d + 1] and counts[0] = 0.
    std::vector<std::int32_t> counts;
    // working_days[k] = the (k+1)-th working day of the calendar, in days since 1970-01-01.
    std::vector<std::int32_t> working_days;

    // Number of working days in [first_date, day]; day may be -1 (giving 0).
    std::int32_t working_through(std::int64_t day) const { return counts[day + 1]; }
    std::int32_t working_day_total() const { return counts.back(); }
};

} // namespace detail

namespace {

using detail::CalendarTables;
using qaf::detail::require_same_length;

constexpr std::int64_t last_day = Calendar::last_date().days;
constexpr std::int64_t day_count = last_day + 1;

// One unsigned comparison covers both ends (first_date is day 0) and NaT (INT64_MIN).
constexpr bool in_calendar(std::int64_t day) {
    return static_cast<std::uint64_t>(day) <= static_cast<std::uint64_t>(last_day);
}

constexpr std::int64_t nat = std::numeric_limits<std::int64_t>::min();

// "2101-01-01", or "day N since 1970-01-01" for values no qaf::Date can hold.
std::string describe_day(std::int64_t day) {
    const std::int64_t first = days_from_civil(Date::min_year, 1, 1);
    const std::int64_t last = days_from_civil(Date::max_year, 12, 31);
    if (day < first || day > last) {
        return "day " + std::to_string(day) + " since 1970-01-01";
    }
    return Date{static_cast<std::int32_t>(day)}.to_string();
}

std::string range_text() {
    return Calendar::first_date().to_string() + ".." + Calendar::last_date().to_string();
}

[[noreturn]] void throw_outside(std::int64_t day) {
    throw OutOfRange("date " + describe_day(day) + " is outside the calendar's range " +
                     range_text());
}

void require_in_calendar(Date date) {
    if (!in_calendar(date.days)) {
        throw_outside(date.days);
    }
}

// Throws the error for an element a bulk loop found outside the calendar.
[[noreturn]] void throw_bad_element(const char* span_name, std::size_t position, std::int64_t day) {
    const std::string where = std::string(span_name) + " at position " + std::to_string(position);
    if (day == nat) {
        throw InvalidArgument(where + " is NaT (not a time); expected a date");
    }
    throw OutOfRange(where + ": date " + describe_day(day) + " is outside the calendar's range " +
                     range_text());
}

[[noreturn]] void throw_bad_pair(std::size_t position, std::int64_t start, std::int64_t end) {
    if (in_calendar(start)) {
        throw_bad_element("end", position, end);
    }
    throw_bad_element("start", position, start);
}

std::vector<bool> non_working_flags(const CalendarOptions& options) {
    std::vector<bool> closed(day_count, false);
    const auto close = [&](Date date, const char* what) {
        if (!in_calendar(date.days)) {
            throw OutOfRange(std::string(what) + " " + describe_day(date.days) +
                             " is outside the calendar's range " + range_text());
        }
        closed[date.days] = true;
    };
    if (options.holidays) {
        for (const Date holiday : *options.holidays) {
            close(holiday, "holiday");
        }
    } else {
        for (const auto& holiday :
             england_and_wales_bank_holidays(Calendar::first_year, Calendar::last_year)) {
            close(holiday.date, "holiday");
        }
    }
    for (const Date closure : options.closures) {
        close(closure, "closure day");
    }
    return closed;
}

std::shared_ptr<const CalendarTables> build_tables(const CalendarOptions& options) {
    const auto closed = non_working_flags(options);
    auto tables = std::make_shared<CalendarTables>();
    tables->counts.reserve(day_count + 1);
    tables->counts.push_back(0);
    for (std::int32_t day = 0; day < day_count; ++day) {
        const bool working = !closed[day] && !Date{day}.is_weekend();
        if (working) {
            tables->working_days.push_back(day);
        }
        tables->counts.push_back(static_cast<std::int32_t>(tables->working_days.size()));
    }
    return tables;
}

// The |n|-th working day after (n > 0) or before (n < 0) day; both in calendar.
std::int64_t shift_working(const CalendarTables& tables, std::int64_t day, std::int64_t n) {
    if (n == 0) {
        return day;
    }
    // Bounded so that the arithmetic cannot overflow; any larger shift leaves the range anyway.
    const std::int64_t shift = std::clamp<std::int64_t>(n, -day_count, day_count);
    // Rank (from 1) of the wanted working day among all of the calendar's working days.
    const std::int64_t rank = shift > 0 ? tables.working_through(day) + shift
                                        : tables.working_through(day - 1) + shift + 1;
    if (rank < 1 || rank > tables.working_day_total()) {
        throw OutOfRange("adding " + std::to_string(n) + " working days to " + describe_day(day) +
                         " leaves the calendar's range " + range_text());
    }
    return tables.working_days[rank - 1];
}

std::int64_t day_of(Date date) {
    return date.days;
}
std::int64_t day_of(std::int64_t day) {
    return day;
}

template <class Day, class Count>
void between_each(const CalendarTables& tables, std::span<const Day> starts,
                  std::span<const Day> ends, std::span<Count> out) {
    require_same_length(starts.size(), ends.size(), out.size(), "starts, ends and out");
    const std::int32_t* through = tables.counts.data() + 1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t start = day_of(starts[i]);
        const std::int64_t end = day_of(ends[i]);
        if (!in_calendar(start) || !in_calendar(end)) [[unlikely]] {
            throw_bad_pair(i, start, end);
        }
        out[i] = through[end] - through[start];
    }
}

} // namespace

Calendar::Calendar() : Calendar(CalendarOptions{}) {}

Calendar::Calendar(const CalendarOptions& options) : tables_(build_tables(options)) {}

bool Calendar::is_working_day(Date date) const {
    require_in_calendar(date);
    return tables_->working_through(date.days) != tables_->working_through(date.days - 1);
}

std::int32_t Calendar::working_days_between(Date start, Date end) const {
    require_in_calendar(start);
    require_in_calendar(end);
    return tables_->working_through(end.days) - tables_->working_through(start.days);
}

Date Calendar::add_working_days(Date date, std::int32_t n) const {
    require_in_calendar(date);
    return Date{static_cast<std::int32_t>(shift_working(*tables_, date.days, n))};
}

bool Calendar::within_working_days(Date start, Date end, std::int32_t n) const {
    return end >= start && working_days_between(start, end) <= n;
}

std::int32_t Calendar::calendar_days_between(Date start, Date end) const {
    require_in_calendar(start);
    require_in_calendar(end);
    return end - start;
}

Date Calendar::add_calendar_days(Date date, std::int32_t n) const {
    require_in_calendar(date);
    const std::int64_t result = std::int64_t{date.days} + n;
    if (!in_calendar(result)) {
        throw OutOfRange("adding " + std::to_string(n) + " calendar days to " + date.to_string() +
                         " leaves the calendar's range " + range_text());
    }
    return Date{static_cast<std::int32_t>(result)};
}

bool Calendar::within_calendar_days(Date start, Date end, std::int32_t n) const {
    return end >= start && calendar_days_between(start, end) <= n;
}

std::vector<Date> Calendar::non_working_weekdays() const {
    std::vector<Date> days;
    for (std::int32_t day = 0; day < day_count; ++day) {
        const Date date{day};
        if (!date.is_weekend() && !is_working_day(date)) {
            days.push_back(date);
        }
    }
    return days;
}

void Calendar::working_days_between(std::span<const Date> starts, std::span<const Date> ends,
                                    std::span<std::int32_t> out) const {
    between_each(*tables_, starts, ends, out);
}

void Calendar::working_days_between(std::span<const std::int64_t> starts,
                                    std::span<const std::int64_t> ends,
                                    std::span<std::int64_t> out) const {
    between_each(*tables_, starts, ends, out);
}

void Calendar::add_working_days(std::span<const Date> dates, std::span<const std::int32_t> n,
                                std::span<Date> out) const {
    require_same_length(dates.size(), n.size(), out.size(), "dates, n and out");
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!in_calendar(dates[i].days)) {
            throw_bad_element("date", i, dates[i].days);
        }
        out[i] = Date{static_cast<std::int32_t>(shift_working(*tables_, dates[i].days, n[i]))};
    }
}

void Calendar::add_working_days(std::span<const std::int64_t> dates,
                                std::span<const std::int64_t> n,
                                std::span<std::int64_t> out) const {
    require_same_length(dates.size(), n.size(), out.size(), "dates, n and out");
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!in_calendar(dates[i])) {
            throw_bad_element("date", i, dates[i]);
        }
        out[i] = shift_working(*tables_, dates[i], n[i]);
    }
}

void Calendar::is_working_day(std::span<const std::int64_t> dates, std::span<bool> out) const {
    require_same_length(dates.size(), out.size(), "dates and out");
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!in_calendar(dates[i])) {
            throw_bad_element("date", i, dates[i]);
        }
        out[i] = tables_->working_through(dates[i]) != tables_->working_through(dates[i] - 1);
    }
}

void Calendar::within_working_days(std::span<const std::int64_t> starts,
                                   std::span<const std::int64_t> ends,
                                   std::span<const std::int64_t> n, std::span<bool> out) const {
    require_same_length(starts.size(), ends.size(), out.size(), "starts, ends and out");
    require_same_length(n.size(), out.size(), "n and out");
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!in_calendar(starts[i]) || !in_calendar(ends[i])) {
            throw_bad_pair(i, starts[i], ends[i]);
        }
        const std::int64_t between =
            tables_->working_through(ends[i]) - tables_->working_through(starts[i]);
        out[i] = ends[i] >= starts[i] && between <= n[i];
    }
}

QAF_END_NAMESPACE
