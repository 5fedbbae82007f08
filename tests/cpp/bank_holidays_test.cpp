// England & Wales bank holidays against published lists: gov.uk's feed (2012-2027) and the
// python-holidays package's snapshot (1970-2050), year by year, as exact sets.
#include "qaf/calendar.hpp"
#include "qaf/error.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using qaf::Date;

struct Row {
    Date date;
    std::string name;
};

// Reads "date,name[,...]" rows, skipping '#' comments and the header line.
std::vector<Row> read_rows(const std::string& file) {
    std::ifstream input(std::string(QAF_TEST_DATA_DIR) + "/calendar/" + file);
    EXPECT_TRUE(input) << file;
    std::vector<Row> rows;
    std::string line;
    bool header = true;
    while (std::getline(input, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        if (std::exchange(header, false)) {
            continue;
        }
        std::istringstream fields(line);
        std::string date, name;
        std::getline(fields, date, ',');
        std::getline(fields, name, ',');
        rows.push_back({Date::parse(date), name});
    }
    return rows;
}

using DatesByYear = std::map<int, std::set<std::string>>;

DatesByYear qaf_dates_by_year(int first_year, int last_year) {
    DatesByYear years;
    for (int year = first_year; year <= last_year; ++year) {
        years[year]; // years without holidays still compare
    }
    for (const auto& holiday : qaf::england_and_wales_bank_holidays(first_year, last_year)) {
        years[holiday.date.ymd().year].insert(holiday.date.to_string());
    }
    return years;
}

TEST(BankHolidays, EqualGovUkFeedWithNamesYearByYear) {
    std::map<int, std::set<std::pair<std::string, std::string>>> expected, actual;
    for (const auto& row : read_rows("gov_uk_england_and_wales.csv")) {
        expected[row.date.ymd().year].insert({row.date.to_string(), row.name});
    }
    ASSERT_EQ(expected.size(), 16u); // 2012..2027
    for (const auto& holiday : qaf::england_and_wales_bank_holidays(2012, 2027)) {
        actual[holiday.date.ymd().year].insert({holiday.date.to_string(), holiday.name});
    }
    for (int year = 2012; year <= 2027; ++year) {
        EXPECT_EQ(actual[year], expected[year]) << year;
    }
}

// Where qaf differs from python-holidays on purpose, with the source qaf follows.
struct Deviation {
    const char* date;
    bool in_qaf; // true: qaf has it and the package has not; false: the reverse
    const char* why;
};

const Deviation python_holidays_deviations[] = {
    {"1970-05-25", true, "1965-70 trial: Spring holiday on the last Monday in May"},
    {"1970-08-31", true, "1965-70 trial: late summer holiday at the end of August"},
    {"1970-12-28", false, "Hansard 11 Nov 1970: Christmas holidays on 25 and 26 December only"},
    {"1973-11-14", true, "Princess Anne's wedding, declared a special bank holiday"},
    {"1974-01-01", true, "New Year's Day a bank holiday from 1 January 1974"},
    {"1977-05-30", false, "Hansard 19 Jan 1977: Spring holiday moved to Monday 6 June"},
    {"1977-06-06", true, "Hansard 19 Jan 1977: Spring holiday moved to Monday 6 June"},
};

TEST(BankHolidays, EqualPythonHolidaysSnapshotExceptNamedDeviations) {
    DatesByYear expected;
    for (int year = 1970; year <= 2050; ++year) {
        expected[year];
    }
    for (const auto& row : read_rows("python_holidays_gb_wls.csv")) {
        if (!row.date.is_weekend()) { // the package also lists the weekend day itself
            expected[row.date.ymd().year].insert(row.date.to_string());
        }
    }
    for (const auto& deviation : python_holidays_deviations) {
        auto& year = expected[Date::parse(deviation.date).ymd().year];
        if (deviation.in_qaf) {
            year.insert(deviation.date);
        } else {
            year.erase(deviation.date);
        }
    }
    const auto actual = qaf_dates_by_year(1970, 2050);
    for (int year = 1970; year <= 2050; ++year) {
        EXPECT_EQ(actual.at(year), expected.at(year)) << year;
    }
}

TEST(BankHolidays, EarlyYearsAsDocumented) {
    // 1970: no New Year's Day (from 1974), no early May (from 1978); Spring and summer from the
    // 1965-70 trial; Boxing Day on a Saturday with no substitute. 1971: the 1971 Act's days.
    EXPECT_EQ(qaf_dates_by_year(1970, 1970).at(1970),
              (std::set<std::string>{"1970-03-27", "1970-03-30", "1970-05-25", "1970-08-31",
                                     "1970-12-25"}));
    EXPECT_EQ(qaf_dates_by_year(1971, 1971).at(1971),
              (std::set<std::string>{"1971-04-09", "1971-04-12", "1971-05-31", "1971-08-30",
                                     "1971-12-27", "1971-12-28"}));
}

TEST(BankHolidays, OneOffChangesSince1970) {
    const std::map<std::string, std::string> expected = {
        {"1973-11-14", "Royal wedding (Princess Anne and Mark Phillips)"},
        {"1977-06-06", "Spring bank holiday"},
        {"1977-06-07", "Silver Jubilee of Elizabeth II"},
        {"1981-07-29", "Royal wedding (Prince Charles and Lady Diana Spencer)"},
        {"1995-05-08", "Early May bank holiday (VE day)"},
        {"1999-12-31", "Millennium celebrations"},
        {"2002-06-03", "Golden Jubilee of Elizabeth II"},
        {"2002-06-04", "Spring bank holiday"},
        {"2011-04-29", "Royal wedding (Prince William and Catherine Middleton)"},
        {"2012-06-04", "Spring bank holiday"},
        {"2012-06-05", "Queen's Diamond Jubilee"},
        {"2020-05-08", "Early May bank holiday (VE day)"},
        {"2022-06-02", "Spring bank holiday"},
        {"2022-06-03", "Platinum Jubilee bank holiday"},
        {"2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"},
        {"2023-05-08", "Bank holiday for the coronation of King Charles III"},
    };
    for (const auto& [date, name] : expected) {
        const char* found = qaf::england_and_wales_bank_holiday_name(Date::parse(date));
        ASSERT_NE(found, nullptr) << date;
        EXPECT_EQ(std::string(found), name) << date;
    }
    // The regular days these replaced are ordinary working days.
    for (const char* date :
         {"1977-05-30", "1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"}) {
        EXPECT_EQ(qaf::england_and_wales_bank_holiday_name(Date::parse(date)), nullptr) << date;
    }
}

TEST(BankHolidays, SubstituteDaysAreMarked) {
    const auto holidays = qaf::england_and_wales_bank_holidays(2021, 2022);
    std::set<std::string> substitutes;
    for (const auto& holiday : holidays) {
        if (holiday.substitute) {
            substitutes.insert(holiday.date.to_string() + " " + holiday.name);
        }
    }
    EXPECT_EQ(substitutes,
              (std::set<std::string>{"2021-12-27 Christmas Day", "2021-12-28 Boxing Day",
                                     "2022-01-03 New Year's Day", "2022-12-27 Christmas Day"}));
}

TEST(BankHolidays, EveryYearIsSortedWeekdaysWithoutDuplicates) {
    const auto holidays = qaf::england_and_wales_bank_holidays(1970, 2100);
    for (std::size_t i = 0; i < holidays.size(); ++i) {
        EXPECT_FALSE(holidays[i].date.is_weekend()) << holidays[i].date.to_string();
        if (i > 0) {
            EXPECT_LT(holidays[i - 1].date, holidays[i].date) << holidays[i].date.to_string();
        }
    }
    const auto years = qaf_dates_by_year(1978, 2100);
    for (const auto& [year, dates] : years) {
        EXPECT_GE(dates.size(), 8u) << year; // eight regular days once early May exists
        EXPECT_LE(dates.size(), 10u) << year;
    }
    EXPECT_EQ(qaf::england_and_wales_bank_holidays(2100, 2100).back().date.to_string(),
              "2100-12-28");
}

TEST(BankHolidays, EasterSundayMatchesPublishedDates) {
    // Published Easter Sundays, including the earliest (22 March) and latest (25 April) cases.
    const std::map<int, std::string> easter = {
        {1818, "1818-03-22"}, {1943, "1943-04-25"}, {1970, "1970-03-29"}, {2000, "2000-04-23"},
        {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"}, {2024, "2024-03-31"},
        {2025, "2025-04-20"}, {2038, "2038-04-25"}, {2100, "2100-03-28"}, {2285, "2285-03-22"}};
    for (const auto& [year, date] : easter) {
        EXPECT_EQ(qaf::easter_sunday(year).to_string(), date) << year;
    }
    for (int year = 1583; year <= 9999; ++year) {
        const Date sunday = qaf::easter_sunday(year);
        ASSERT_EQ(sunday.weekday(), qaf::Weekday::sunday) << year;
        ASSERT_GE(sunday, Date::from_ymd(year, 3, 22)) << year;
        ASSERT_LE(sunday, Date::from_ymd(year, 4, 25)) << year;
    }
    EXPECT_THROW(qaf::easter_sunday(0), qaf::InvalidArgument);
}

TEST(BankHolidays, RejectsYearsOutsideTheCalendar) {
    try {
        qaf::england_and_wales_bank_holidays(1969, 1970);
        FAIL() << "no error";
    } catch (const qaf::OutOfRange& error) {
        EXPECT_STREQ(error.what(), "year 1969 is outside the calendar's range 1970..2100");
    }
    EXPECT_THROW(qaf::england_and_wales_bank_holidays(2100, 2101), qaf::OutOfRange);
    try {
        qaf::england_and_wales_bank_holidays(2025, 2024);
        FAIL() << "no error";
    } catch (const qaf::InvalidArgument& error) {
        EXPECT_STREQ(error.what(), "first year 2025 is after last year 2024");
    }
    EXPECT_THROW(qaf::england_and_wales_bank_holiday_name(Date::parse("2101-01-01")),
                 qaf::OutOfRange);
}

} // namespace
