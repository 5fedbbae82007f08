// Working days: England & Wales bank holidays (1970-2100) and qaf::Calendar, which counts and
// adds working days in O(1) with precomputed tables. Conventions are in docs/calendar.md.
#pragma once

#include "qaf/date.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

QAF_BEGIN_NAMESPACE

// One England & Wales bank holiday. A substitute day is the weekday that replaces a holiday
// falling on a weekend; it keeps the holiday's name (as gov.uk's feed does).
struct BankHoliday {
    Date date;
    std::string name;
    bool substitute = false;

    friend bool operator==(const BankHoliday&, const BankHoliday&) = default;
};

// Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).
// Valid for any year of qaf::Date; throws InvalidArgument outside Date::min_year..max_year.
Date easter_sunday(int year);

// The England & Wales bank holidays of years first_year..last_year (inclusive), in date order.
// Only weekdays are listed: a holiday falling on a weekend appears as its substitute day.
// Throws OutOfRange outside Calendar::first_year..last_year, InvalidArgument if first > last.
std::vector<BankHoliday> england_and_wales_bank_holidays(int first_year, int last_year);

// The name of the England & Wales bank holiday on date, or nullptr when it is not one. The
// pointer is valid for the life of the program. Throws OutOfRange outside the calendar's range.
const char* england_and_wales_bank_holiday_name(Date date);

// What a Calendar treats as non-working besides weekends.
struct CalendarOptions {
    // Local closure days (e.g. a council's Christmas closure). Weekends and duplicates are fine.
    std::vector<Date> closures;
    // When set, these replace the England & Wales bank holidays (an empty list means none).
    std::optional<std::vector<Date>> holidays;
};

namespace detail {
struct CalendarTables;
}

// Working days between 1970-01-01 and 2100-12-31: weekends, bank holidays and closure days are
// not working days. Immutable after construction; copies share the tables, and every member
// function is const and safe to call from many threads at once.
//
// Conventions (start excluded, end included):
//   working_days_between(start, end) = number of working days d with start < d <= end; the same
//       day gives 0, Friday -> Monday gives 1, and end < start gives the negative count.
//   add_working_days(date, n): n > 0, the n-th working day after date; n == 0, date itself;
//       n < 0, the |n|-th working day before date. For n > 0 the result r is a working day with
//       working_days_between(date, r) == n.
//   within_working_days(start, end, n): end >= start and working_days_between(start, end) <= n.
// Every date (argument or result) must lie in the calendar's range, otherwise OutOfRange.
class Calendar {
public:
    static constexpr int first_year = 1970;
    static constexpr int last_year = 2100;
    static constexpr Date first_date() { return Date{0}; }    // 1970-01-01
    static constexpr Date last_date() { return Date{47846}; } // 2100-12-31

    // England & Wales bank holidays and weekends.
    Calendar();
    // Throws OutOfRange when a closure or holiday lies outside the calendar's range.
    explicit Calendar(const CalendarOptions& options);

    bool is_working_day(Date date) const;
    std::int32_t working_days_between(Date start, Date end) const;
    Date add_working_days(Date date, std::int32_t n) const;
    bool within_working_days(Date start, Date end, std::int32_t n) const;

    // The calendar-day twins, with the same conventions and range checks.
    std::int32_t calendar_days_between(Date start, Date end) const;
    Date add_calendar_days(Date date, std::int32_t n) const;
    bool within_calendar_days(Date start, Date end, std::int32_t n) const;

    // The non-working weekdays (holidays and closures that are not weekends), in date order.
    std::vector<Date> non_working_weekdays() const;

    // Bulk forms: out[i] = f(inputs[i]), O(1) per element, no allocation. Spans must have equal
    // lengths (InvalidArgument otherwise). The int64 forms take days since 1970-01-01, the
    // layout of numpy's datetime64[D]; its NaT (INT64_MIN) gives InvalidArgument. Errors name
    // the first offending position; out may be partly written when one is thrown.
    void working_days_between(std::span<const Date> starts, std::span<const Date> ends,
                              std::span<std::int32_t> out) const;
    void working_days_between(std::span<const std::int64_t> starts,
                              std::span<const std::int64_t> ends,
                              std::span<std::int64_t> out) const;
    void add_working_days(std::span<const Date> dates, std::span<const std::int32_t> n,
                          std::span<Date> out) const;
    void add_working_days(std::span<const std::int64_t> dates, std::span<const std::int64_t> n,
                          std::span<std::int64_t> out) const;
    void is_working_day(std::span<const std::int64_t> dates, std::span<bool> out) const;
    void within_working_days(std::span<const std::int64_t> starts,
                             std::span<const std::int64_t> ends, std::span<const std::int64_t> n,
                             std::span<bool> out) const;

private:
    std::shared_ptr<const detail::CalendarTables> tables_;
};

QAF_END_NAMESPACE
