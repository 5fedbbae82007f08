#include "qaf/date.hpp"
#include "qaf/error.hpp"

#include <gtest/gtest.h>

namespace {

using qaf::Date;

TEST(Date, EpochAndKnownDays) {
    EXPECT_EQ(Date::from_ymd(1970, 1, 1).days, 0);
    EXPECT_EQ(Date::from_ymd(1969, 12, 31).days, -1);
    EXPECT_EQ(Date::from_ymd(2000, 3, 1).days, 11017); // numpy datetime64('2000-03-01')
    EXPECT_EQ(Date::from_ymd(2024, 2, 29).days, 19782);
    EXPECT_EQ(Date::from_ymd(2100, 12, 31).days, 47846);
}

TEST(Date, RoundTripsEveryDayOfFourCenturies) {
    const auto first = Date::from_ymd(1900, 1, 1);
    const auto last = Date::from_ymd(2300, 12, 31);
    qaf::YearMonthDay expected{1900, 1, 1};
    for (Date day = first; day <= last; day = day + 1) {
        const auto parts = day.ymd();
        ASSERT_EQ(parts, expected) << day.days;
        ASSERT_EQ(Date::from_ymd(parts.year, parts.month, parts.day), day);
        // Step the expectation independently of the algorithm under test.
        if (++expected.day > qaf::days_in_month(expected.year, expected.month)) {
            expected.day = 1;
            if (++expected.month > 12) {
                expected.month = 1;
                ++expected.year;
            }
        }
    }
}

TEST(Date, LeapYears) {
    EXPECT_TRUE(qaf::is_leap_year(2000));
    EXPECT_FALSE(qaf::is_leap_year(1900));
    EXPECT_FALSE(qaf::is_leap_year(2100));
    EXPECT_TRUE(qaf::is_leap_year(2024));
    EXPECT_EQ(qaf::days_in_month(2023, 2), 28);
    EXPECT_EQ(qaf::days_in_month(2024, 2), 29);
    EXPECT_EQ(qaf::days_in_month(2024, 13), 0);
}

TEST(Date, Weekdays) {
    EXPECT_EQ(Date::from_ymd(1970, 1, 1).weekday(), qaf::Weekday::thursday);
    EXPECT_EQ(Date::from_ymd(2024, 12, 25).weekday(), qaf::Weekday::wednesday);
    EXPECT_EQ(Date::from_ymd(1969, 12, 28).weekday(), qaf::Weekday::sunday);
    EXPECT_TRUE(Date::from_ymd(2025, 3, 29).is_weekend());
    EXPECT_FALSE(Date::from_ymd(2025, 3, 31).is_weekend());
}

TEST(Date, ParsesAndFormatsIso) {
    EXPECT_EQ(Date::parse("2025-03-31"), Date::from_ymd(2025, 3, 31));
    EXPECT_EQ(Date::from_ymd(2025, 3, 1).to_string(), "2025-03-01");
    EXPECT_EQ(Date::from_ymd(1, 1, 1).to_string(), "0001-01-01");
}

TEST(Date, RejectsInvalidDatesWithClearMessages) {
    auto message_of = [](auto&& action) {
        try {
            action();
        } catch (const qaf::InvalidArgument& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message_of([] { Date::from_ymd(2023, 2, 29); }), "day 29 is not 1..28 for 2023-02");
    EXPECT_EQ(message_of([] { Date::from_ymd(2023, 13, 1); }), "month 13 is not 1..12");
    EXPECT_EQ(message_of([] { Date::from_ymd(0, 1, 1); }), "year 0 is outside 1..9999");
    EXPECT_EQ(message_of([] { Date::parse("2025-3-31"); }),
              "expected a date as YYYY-MM-DD, got '2025-3-31'");
    EXPECT_EQ(message_of([] { Date::parse("2025-02-30"); }), "day 30 is not 1..28 for 2025-02");
    EXPECT_EQ(message_of([] { Date::parse("+025-02-01"); }),
              "expected a date as YYYY-MM-DD, got '+025-02-01'");
    EXPECT_EQ(message_of([] { Date::parse(""); }), "expected a date as YYYY-MM-DD, got ''");
}

} // namespace
