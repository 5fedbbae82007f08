#include "qaf/error.hpp"
#include "qaf/period.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace {

using qaf::Date;
using qaf::Period;
using qaf::PeriodKind;

Date day(const char* iso) {
    return Date::parse(iso);
}

TEST(Period, YearLabelsUseTwoDigitEndYears) {
    EXPECT_EQ(qaf::year_label(2024), "2024/25");
    EXPECT_EQ(qaf::year_label(1999), "1999/00");
    EXPECT_EQ(qaf::year_label(2009), "2009/10");
    EXPECT_EQ(qaf::year_label(2099), "2099/00");
}

TEST(Period, FinancialAndAcademicYearsOfADate) {
    EXPECT_EQ(qaf::financial_year_start(day("2025-03-31")), 2024);
    EXPECT_EQ(qaf::financial_year_start(day("2025-04-01")), 2025);
    EXPECT_EQ(qaf::academic_year_start(day("2025-08-31")), 2024);
    EXPECT_EQ(qaf::academic_year_start(day("2025-09-01")), 2025);
    const int expected_quarters[] = {4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3}; // January..December
    for (int month = 1; month <= 12; ++month) {
        EXPECT_EQ(qaf::financial_quarter(Date::from_ymd(2024, month, 15)),
                  expected_quarters[month - 1])
            << month;
    }
}

TEST(Period, BoundsAndLabels) {
    const Period q4 = qaf::period_of(PeriodKind::financial_quarter, day("2025-02-14"));
    EXPECT_EQ(q4, (Period{PeriodKind::financial_quarter, 2024, 4}));
    EXPECT_EQ(q4.first_day(), day("2025-01-01"));
    EXPECT_EQ(q4.last_day(), day("2025-03-31"));
    EXPECT_EQ(q4.label(), "2024/25 Q4");

    const Period q1 = qaf::period_of(PeriodKind::financial_quarter, day("2024-04-01"));
    EXPECT_EQ(q1.first_day(), day("2024-04-01"));
    EXPECT_EQ(q1.last_day(), day("2024-06-30"));
    EXPECT_EQ(q1.label(), "2024/25 Q1");

    const Period year = qaf::period_of(PeriodKind::financial_year, day("2000-03-31"));
    EXPECT_EQ(year.label(), "1999/00");
    EXPECT_EQ(year.first_day(), day("1999-04-01"));
    EXPECT_EQ(year.last_day(), day("2000-03-31"));

    const Period academic = qaf::period_of(PeriodKind::academic_year, day("2024-09-01"));
    EXPECT_EQ(academic.label(), "2024/25");
    EXPECT_EQ(academic.first_day(), day("2024-09-01"));
    EXPECT_EQ(academic.last_day(), day("2025-08-31"));

    const Period february = qaf::period_of(PeriodKind::month, day("2024-02-10"));
    EXPECT_EQ(february.label(), "2024-02");
    EXPECT_EQ(february.last_day(), day("2024-02-29"));
    EXPECT_EQ(qaf::period_of(PeriodKind::month, day("2024-12-31")).next(),
              (Period{PeriodKind::month, 2025, 1}));
}

TEST(Period, PeriodsTileTheCalendarWithoutGaps) {
    for (const auto kind : {PeriodKind::month, PeriodKind::financial_quarter,
                            PeriodKind::financial_year, PeriodKind::academic_year}) {
        const auto periods = qaf::periods_between(kind, day("1970-01-01"), day("2100-12-31"));
        ASSERT_FALSE(periods.empty());
        EXPECT_LE(periods.front().first_day(), day("1970-01-01"));
        EXPECT_GE(periods.back().last_day(), day("2100-12-31"));
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const Period& period = periods[i];
            ASSERT_EQ(qaf::period_of(kind, period.first_day()), period) << period.label();
            ASSERT_EQ(qaf::period_of(kind, period.last_day()), period) << period.label();
            if (i > 0) {
                ASSERT_EQ(periods[i - 1].last_day() + 1, period.first_day()) << period.label();
            }
        }
    }
}

TEST(Period, PeriodsBetweenIncludeBothEnds) {
    const auto quarters =
        qaf::periods_between(PeriodKind::financial_quarter, day("2024-06-30"), day("2025-01-01"));
    std::vector<std::string> labels;
    for (const auto& quarter : quarters) {
        labels.push_back(quarter.label());
    }
    EXPECT_EQ(labels,
              (std::vector<std::string>{"2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"}));
    EXPECT_EQ(qaf::periods_between(PeriodKind::financial_year, day("2024-05-01"), day("2024-05-01"))
                  .size(),
              1u);
    try {
        qaf::periods_between(PeriodKind::month, day("2024-05-02"), day("2024-05-01"));
        FAIL() << "no error";
    } catch (const qaf::InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "last date 2024-05-01 is before first date 2024-05-02");
    }
}

TEST(Period, KindNames) {
    EXPECT_EQ(qaf::period_kind_from_name("financial_quarter"), PeriodKind::financial_quarter);
    EXPECT_STREQ(qaf::period_kind_name(PeriodKind::academic_year), "academic_year");
    try {
        qaf::period_kind_from_name("week");
        FAIL() << "no error";
    } catch (const qaf::InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "unknown period kind 'week'; expected one of month, "
                                   "financial_quarter, financial_year, academic_year");
    }
}

TEST(PeriodBulk, DateSpans) {
    const std::vector<Date> dates = {day("2024-03-31"), day("2024-04-01"), day("2025-01-01")};
    std::vector<std::int32_t> out(3);
    qaf::financial_year_starts(dates, out);
    EXPECT_EQ(out, (std::vector<std::int32_t>{2023, 2024, 2024}));
    qaf::financial_quarters(dates, out);
    EXPECT_EQ(out, (std::vector<std::int32_t>{4, 1, 4}));
    qaf::academic_year_starts(dates, out);
    EXPECT_EQ(out, (std::vector<std::int32_t>{2023, 2023, 2024}));
    std::vector<std::int32_t> short_out(2);
    EXPECT_THROW(qaf::financial_quarters(dates, short_out), qaf::InvalidArgument);
}

TEST(PeriodBulk, Int64DaysWithNaTAndRangeErrors) {
    const std::vector<std::int64_t> days = {day("2024-03-31").days, day("2024-07-01").days};
    std::vector<std::int64_t> years(2), numbers(2);
    qaf::period_starts(PeriodKind::financial_quarter, days, years, numbers);
    EXPECT_EQ(years, (std::vector<std::int64_t>{2023, 2024}));
    EXPECT_EQ(numbers, (std::vector<std::int64_t>{4, 2}));

    const std::vector<std::int64_t> with_nat = {0, std::numeric_limits<std::int64_t>::min()};
    try {
        qaf::period_starts(PeriodKind::month, with_nat, years, numbers);
        FAIL() << "no error";
    } catch (const qaf::InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "date at position 1 is NaT (not a time); expected a date");
    }
    EXPECT_THROW(qaf::period_starts(PeriodKind::month, std::vector<std::int64_t>{0, 1LL << 40},
                                    years, numbers),
                 qaf::OutOfRange);
    EXPECT_THROW(qaf::period_starts(PeriodKind::month, days, years, std::span<std::int64_t>{}),
                 qaf::InvalidArgument);
}

} // namespace
