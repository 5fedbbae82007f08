#include "qaf/calendar.hpp"
#include "qaf/error.hpp"
#include "qaf/period.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using qaf::Calendar;
using qaf::Date;

Date day(const char* iso) {
    return Date::parse(iso);
}

template <class Action>
std::string message_of(Action&& action) {
    try {
        action();
    } catch (const qaf::Error& error) {
        return error.what();
    }
    return "no error";
}

// ---- the case file shared with the C and Python tests

struct Case {
    std::string kind, a, b, n, expected;
    int line = 0;
};

std::vector<Case> read_cases() {
    std::ifstream input(std::string(QAF_TEST_DATA_DIR) + "/calendar/cases.csv");
    EXPECT_TRUE(input);
    std::vector<Case> cases;
    std::string line;
    for (int number = 1; std::getline(input, line); ++number) {
        if (line.empty() || line[0] == '#' || line.rfind("kind,", 0) == 0) {
            continue;
        }
        std::istringstream fields(line);
        Case item;
        item.line = number;
        for (auto* field : {&item.kind, &item.a, &item.b, &item.n, &item.expected}) {
            std::getline(fields, *field, ',');
        }
        cases.push_back(item);
    }
    return cases;
}

// The case's result as text, in the notation of the expected column.
std::string evaluate(const Calendar& calendar, const Case& item) {
    const auto flag = [](bool value) { return std::string(value ? "true" : "false"); };
    try {
        if (item.kind == "working_days_between") {
            return std::to_string(
                calendar.working_days_between(day(item.a.c_str()), day(item.b.c_str())));
        }
        if (item.kind == "is_working_day") {
            return flag(calendar.is_working_day(day(item.a.c_str())));
        }
        if (item.kind == "add_working_days") {
            return calendar.add_working_days(day(item.a.c_str()), std::stoi(item.n)).to_string();
        }
        if (item.kind == "within_working_days") {
            return flag(calendar.within_working_days(day(item.a.c_str()), day(item.b.c_str()),
                                                     std::stoi(item.n)));
        }
        if (item.kind == "financial_year") {
            return qaf::year_label(qaf::financial_year_start(day(item.a.c_str())));
        }
        if (item.kind == "financial_quarter") {
            return std::to_string(qaf::financial_quarter(day(item.a.c_str())));
        }
        if (item.kind == "academic_year") {
            return qaf::year_label(qaf::academic_year_start(day(item.a.c_str())));
        }
    } catch (const qaf::OutOfRange&) {
        return "error:out_of_range";
    }
    return "unknown kind " + item.kind;
}

TEST(CalendarCases, AgreeWithHandWorkedExpectations) {
    const Calendar calendar;
    const auto cases = read_cases();
    ASSERT_GE(cases.size(), 50u);
    for (const auto& item : cases) {
        EXPECT_EQ(evaluate(calendar, item), item.expected) << "cases.csv line " << item.line;
    }
}

// ---- conventions and edge cases

TEST(Calendar, CountsWorkingDaysOfWholeYears) {
    const Calendar calendar;
    // 2024: 262 weekdays less 8 bank holidays; 2022: 260 weekdays less 10 (two jubilee days,
    // the State Funeral, and substitutes that fall on weekdays anyway).
    EXPECT_EQ(calendar.working_days_between(day("2023-12-31"), day("2024-12-31")), 254);
    EXPECT_EQ(calendar.working_days_between(day("2021-12-31"), day("2022-12-31")), 250);
    EXPECT_EQ(calendar.working_days_between(day("2024-12-31"), day("2023-12-31")), -254);
}

TEST(Calendar, AgreesWithANaiveCountOverRandomPairs) {
    const Calendar calendar;
    std::set<Date> holidays;
    for (const auto& holiday : qaf::england_and_wales_bank_holidays(1970, 2100)) {
        holidays.insert(holiday.date);
    }
    const auto naive_working = [&](Date d) { return !d.is_weekend() && !holidays.count(d); };
    std::mt19937 random(20240401);
    std::uniform_int_distribution<std::int32_t> any_day(0, Calendar::last_date().days);
    std::uniform_int_distribution<std::int32_t> offset(-400, 400);
    for (int trial = 0; trial < 5000; ++trial) {
        const Date start{any_day(random)};
        const Date end{std::clamp(start.days + offset(random), 0, Calendar::last_date().days)};
        int expected = 0;
        for (Date d = std::min(start, end) + 1; d <= std::max(start, end); d = d + 1) {
            expected += naive_working(d);
        }
        expected = end < start ? -expected : expected;
        ASSERT_EQ(calendar.working_days_between(start, end), expected)
            << start.to_string() << " " << end.to_string();
        ASSERT_EQ(calendar.is_working_day(start), naive_working(start)) << start.to_string();
    }
}

TEST(Calendar, AddingIsTheInverseOfCounting) {
    const Calendar calendar;
    std::mt19937 random(7);
    std::uniform_int_distribution<std::int32_t> any_day(1000, Calendar::last_date().days - 1000);
    std::uniform_int_distribution<std::int32_t> any_n(-300, 300);
    for (int trial = 0; trial < 5000; ++trial) {
        const Date date{any_day(random)};
        const int n = any_n(random);
        const Date result = calendar.add_working_days(date, n);
        if (n == 0) {
            ASSERT_EQ(result, date);
            continue;
        }
        ASSERT_TRUE(calendar.is_working_day(result)) << date.to_string() << " " << n;
        if (n > 0) {
            ASSERT_EQ(calendar.working_days_between(date, result), n) << date.to_string();
        } else {
            // The |n|-th working day before date: exactly |n| working days in [result, date).
            ASSERT_EQ(calendar.working_days_between(result - 1, date - 1), -n) << date.to_string();
        }
    }
}

TEST(Calendar, ClosuresAddNonWorkingDays) {
    qaf::CalendarOptions options;
    // Council Christmas closure 2024: Fri 27, Mon 30 and Tue 31 December; a Saturday and a
    // duplicate change nothing more.
    options.closures = {day("2024-12-27"), day("2024-12-30"), day("2024-12-31"), day("2024-12-28"),
                        day("2024-12-30")};
    const Calendar council(options);
    const Calendar plain;
    EXPECT_FALSE(council.is_working_day(day("2024-12-27")));
    EXPECT_TRUE(plain.is_working_day(day("2024-12-27")));
    // Tue 24 Dec -> Thu 2 Jan: plain counts 27, 30, 31 Dec and 2 Jan; the council only 2 Jan.
    EXPECT_EQ(plain.working_days_between(day("2024-12-24"), day("2025-01-02")), 4);
    EXPECT_EQ(council.working_days_between(day("2024-12-24"), day("2025-01-02")), 1);
    EXPECT_EQ(council.add_working_days(day("2024-12-24"), 1), day("2025-01-02"));
    // A closure on a bank holiday is no extra day off.
    options.closures = {day("2024-12-25")};
    EXPECT_EQ(Calendar(options).working_days_between(day("2023-12-31"), day("2024-12-31")), 254);
}

TEST(Calendar, CustomHolidayListsReplaceEnglandAndWales) {
    qaf::CalendarOptions only_weekends;
    only_weekends.holidays = std::vector<Date>{};
    const Calendar weekends(only_weekends);
    EXPECT_TRUE(weekends.is_working_day(day("2024-12-25")));
    EXPECT_EQ(weekends.working_days_between(day("2023-12-31"), day("2024-12-31")), 262);
    EXPECT_TRUE(weekends.non_working_weekdays().empty());

    qaf::CalendarOptions custom;
    custom.holidays = std::vector<Date>{day("2024-06-03")};
    custom.closures = {day("2024-06-04")};
    const Calendar own(custom);
    EXPECT_TRUE(own.is_working_day(day("2024-12-25")));
    EXPECT_EQ(own.non_working_weekdays(),
              (std::vector<Date>{day("2024-06-03"), day("2024-06-04")}));
}

TEST(Calendar, ListsNonWorkingWeekdays) {
    const auto days = Calendar().non_working_weekdays();
    std::vector<Date> expected;
    for (const auto& holiday : qaf::england_and_wales_bank_holidays(1970, 2100)) {
        expected.push_back(holiday.date);
    }
    EXPECT_EQ(days, expected);
}

TEST(Calendar, RejectsDatesOutsideItsRange) {
    const Calendar calendar;
    EXPECT_EQ(message_of([&] { calendar.is_working_day(day("1969-12-31")); }),
              "date 1969-12-31 is outside the calendar's range 1970-01-01..2100-12-31");
    EXPECT_EQ(
        message_of([&] { calendar.working_days_between(day("2024-01-01"), day("2101-01-01")); }),
        "date 2101-01-01 is outside the calendar's range 1970-01-01..2100-12-31");
    EXPECT_EQ(message_of([&] { calendar.add_working_days(day("2100-12-31"), 1); }),
              "adding 1 working days to 2100-12-31 leaves the calendar's range "
              "1970-01-01..2100-12-31");
    EXPECT_EQ(message_of([&] { calendar.add_working_days(day("2024-01-01"), 2000000000); }),
              "adding 2000000000 working days to 2024-01-01 leaves the calendar's range "
              "1970-01-01..2100-12-31");
    EXPECT_EQ(message_of([&] { calendar.add_calendar_days(day("2100-12-31"), 1); }),
              "adding 1 calendar days to 2100-12-31 leaves the calendar's range "
              "1970-01-01..2100-12-31");
    EXPECT_THROW(calendar.within_working_days(day("1969-01-01"), day("2024-01-01"), 5),
                 qaf::OutOfRange);

    qaf::CalendarOptions options;
    options.closures = {day("1969-12-25")};
    EXPECT_EQ(message_of([&] { Calendar{options}; }),
              "closure day 1969-12-25 is outside the calendar's range 1970-01-01..2100-12-31");
    options.closures.clear();
    options.holidays = std::vector<Date>{day("2101-01-01")};
    EXPECT_THROW(Calendar{options}, qaf::OutOfRange);
}

TEST(Calendar, CalendarDayTwins) {
    const Calendar calendar;
    EXPECT_EQ(calendar.calendar_days_between(day("2024-02-28"), day("2024-03-01")), 2);
    EXPECT_EQ(calendar.calendar_days_between(day("2024-03-01"), day("2024-02-28")), -2);
    EXPECT_EQ(calendar.add_calendar_days(day("2024-02-28"), 2), day("2024-03-01"));
    EXPECT_EQ(calendar.add_calendar_days(day("1970-01-02"), -1), Calendar::first_date());
    EXPECT_TRUE(calendar.within_calendar_days(day("2024-04-01"), day("2024-04-08"), 7));
    EXPECT_FALSE(calendar.within_calendar_days(day("2024-04-01"), day("2024-04-09"), 7));
    EXPECT_FALSE(calendar.within_calendar_days(day("2024-04-02"), day("2024-04-01"), 7));
    EXPECT_THROW(calendar.calendar_days_between(day("1969-12-31"), day("2024-01-01")),
                 qaf::OutOfRange);
    EXPECT_EQ(Calendar::first_date(), day("1970-01-01"));
    EXPECT_EQ(Calendar::last_date(), day("2100-12-31"));
}

// ---- bulk forms

TEST(CalendarBulk, DateSpansMatchScalars) {
    const Calendar calendar;
    const std::vector<Date> starts = {day("2024-04-05"), day("2022-12-23"), day("1970-01-01")};
    const std::vector<Date> ends = {day("2024-04-08"), day("2023-01-03"), day("2100-12-31")};
    std::vector<std::int32_t> out(3);
    calendar.working_days_between(starts, ends, out);
    for (std::size_t i = 0; i < out.size(); ++i) {
        EXPECT_EQ(out[i], calendar.working_days_between(starts[i], ends[i])) << i;
    }
    std::vector<Date> added(3);
    calendar.add_working_days(starts, std::vector<std::int32_t>{1, 4, -0}, added);
    EXPECT_EQ(added, (std::vector<Date>{day("2024-04-08"), day("2023-01-03"), day("1970-01-01")}));
    calendar.working_days_between(std::span<const Date>{}, std::span<const Date>{},
                                  std::span<std::int32_t>{});
}

TEST(CalendarBulk, Int64SpansMatchScalars) {
    const Calendar calendar;
    const std::vector<std::int64_t> starts = {day("2024-04-05").days, day("2024-04-08").days};
    const std::vector<std::int64_t> ends = {day("2024-04-08").days, day("2024-04-05").days};
    std::vector<std::int64_t> between(2);
    calendar.working_days_between(starts, ends, between);
    EXPECT_EQ(between, (std::vector<std::int64_t>{1, -1}));

    std::vector<std::int64_t> added(2);
    calendar.add_working_days(starts, std::vector<std::int64_t>{1, -1}, added);
    EXPECT_EQ(added, (std::vector<std::int64_t>{day("2024-04-08").days, day("2024-04-05").days}));

    bool working[2] = {false, false};
    calendar.is_working_day(std::vector<std::int64_t>{day("2024-04-06").days, starts[0]}, working);
    EXPECT_FALSE(working[0]);
    EXPECT_TRUE(working[1]);

    bool within[2] = {false, true};
    calendar.within_working_days(starts, ends, std::vector<std::int64_t>{1, 5}, within);
    EXPECT_TRUE(within[0]);
    EXPECT_FALSE(within[1]); // end before start
}

TEST(CalendarBulk, ErrorsNameThePosition) {
    const Calendar calendar;
    const std::int64_t nat = std::numeric_limits<std::int64_t>::min();
    const std::vector<std::int64_t> good = {0, 1, 2};
    const std::vector<std::int64_t> with_nat = {0, nat, 2};
    const std::vector<std::int64_t> too_late = {0, 1, 47847};
    std::vector<std::int64_t> out(3);
    EXPECT_EQ(message_of([&] { calendar.working_days_between(with_nat, good, out); }),
              "start at position 1 is NaT (not a time); expected a date");
    EXPECT_EQ(message_of([&] { calendar.working_days_between(good, too_late, out); }),
              "end at position 2: date 2101-01-01 is outside the calendar's range "
              "1970-01-01..2100-12-31");
    EXPECT_EQ(
        message_of([&] { calendar.working_days_between(good, std::vector<std::int64_t>{1}, out); }),
        "starts, ends and out must have the same length (got 3, 1 and 3)");
    EXPECT_THROW(calendar.working_days_between(good, std::vector<std::int64_t>{nat + 1, 0, 0}, out),
                 qaf::OutOfRange);
    EXPECT_EQ(message_of([&] { calendar.add_working_days(with_nat, good, out); }),
              "date at position 1 is NaT (not a time); expected a date");
    bool flags[3];
    EXPECT_THROW(calendar.is_working_day(too_late, flags), qaf::OutOfRange);
    EXPECT_THROW(calendar.within_working_days(good, good, std::vector<std::int64_t>{1}, flags),
                 qaf::InvalidArgument);
    std::vector<std::int32_t> short_out(2);
    EXPECT_THROW(calendar.working_days_between(std::vector<Date>{Date{0}, Date{1}, Date{2}},
                                               std::vector<Date>{Date{0}, Date{1}, Date{2}},
                                               short_out),
                 qaf::InvalidArgument);
}

TEST(CalendarBulk, ShareableAcrossThreads) {
    const Calendar calendar;
    const Calendar copy = calendar; // copies share the immutable tables
    std::vector<std::int64_t> starts(20000), ends(20000);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        starts[i] = static_cast<std::int64_t>(i);
        ends[i] = static_cast<std::int64_t>(47846 - i);
    }
    std::vector<std::int64_t> first(starts.size()), second(starts.size());
    std::thread worker([&] { calendar.working_days_between(starts, ends, first); });
    copy.working_days_between(starts, ends, second);
    worker.join();
    EXPECT_EQ(first, second);
}

} // namespace
