// England & Wales bank holidays, 1970-2100: the regular rules (Boost.Date_Time date generators),
// the years each applied, and every one-off change since 1970. Sources and the assumptions made
// for the early years are in docs/calendar.md; tests/cpp/bank_holidays_test.cpp compares the
// result with gov.uk's feed (2012-2027) and the python-holidays package (1970-2050).
#include "qaf/calendar.hpp"
#include "qaf/error.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <iterator>
#include <string>

QAF_BEGIN_NAMESPACE

namespace {

namespace greg = boost::gregorian;

Date from_boost(const greg::date& date) {
    return Date{static_cast<std::int32_t>((date - greg::date(1970, 1, 1)).days())};
}

Date first_monday_of(int year, int month) {
    const greg::nth_day_of_the_week_in_month first_monday(greg::nth_day_of_the_week_in_month::first,
                                                          greg::Monday, month);
    return from_boost(first_monday.get_date(year));
}

Date last_monday_of(int year, int month) {
    const greg::last_day_of_the_week_in_month last_monday(greg::Monday, month);
    return from_boost(last_monday.get_date(year));
}

// What happens when a holiday falls on a Saturday or Sunday.
enum class Substitution {
    none,           // nothing: the holiday is lost (Boxing Day 1970, a Saturday)
    next_monday,    // the following Monday (New Year's Day)
    two_days_later, // Saturday -> Monday, Sunday -> Tuesday (Christmas Day and Boxing Day:
                    // the one on the Monday is the other holiday or its substitute)
};

struct RegularRule {
    const char* name;
    int first_year;
    int last_year;
    Date (*nominal_date)(int year);
    Substitution substitution;
};

Date new_years_day(int year) {
    return Date{days_from_civil(year, 1, 1)};
}
Date good_friday(int year) {
    return easter_sunday(year) - 2;
}
Date easter_monday(int year) {
    return easter_sunday(year) + 1;
}
Date early_may(int year) {
    return first_monday_of(year, 5);
}
Date spring(int year) {
    return last_monday_of(year, 5);
}
Date summer(int year) {
    return last_monday_of(year, 8);
}
Date christmas_day(int year) {
    return Date{days_from_civil(year, 12, 25)};
}
Date boxing_day(int year) {
    return Date{days_from_civil(year, 12, 26)};
}

// New Year's Day became an England & Wales bank holiday on 1 January 1974 and the early May one
// in 1978. Spring (last Monday in May) and summer (last Monday in August) were fixed by the
// Banking and Financial Dealings Act 1971 after the 1965-1970 trial; qaf applies them to 1970
// too (see docs/calendar.md). In 1970 the Bank Holidays Act 1871 still applied to Boxing Day,
// which had no substitute for a Saturday (Hansard, 11 November 1970).
constexpr RegularRule regular_rules[] = {
    {"New Year's Day", 1974, 2100, new_years_day, Substitution::next_monday},
    {"Good Friday", 1970, 2100, good_friday, Substitution::none},
    {"Easter Monday", 1970, 2100, easter_monday, Substitution::none},
    {"Early May bank holiday", 1978, 2100, early_may, Substitution::none},
    {"Spring bank holiday", 1970, 2100, spring, Substitution::none},
    {"Summer bank holiday", 1970, 2100, summer, Substitution::none},
    {"Christmas Day", 1970, 2100, christmas_day, Substitution::two_days_later},
    {"Boxing Day", 1970, 1970, boxing_day, Substitution::none},
    {"Boxing Day", 1971, 2100, boxing_day, Substitution::two_days_later},
};

// A regular holiday moved by proclamation for one year.
struct MovedHoliday {
    int year;
    const char* rule_name;
    int month;
    int day;
    const char* name; // the name it took that year
};

constexpr MovedHoliday moved_holidays[] = {
    {1977, "Spring bank holiday", 6, 6, "Spring bank holiday"}, // Silver Jubilee
    {1995, "Early May bank holiday", 5, 8, "Early May bank holiday (VE day)"},
    {2002, "Spring bank holiday", 6, 4, "Spring bank holiday"}, // Golden Jubilee
    {2012, "Spring bank holiday", 6, 4, "Spring bank holiday"}, // Diamond Jubilee
    {2020, "Early May bank holiday", 5, 8, "Early May bank holiday (VE day)"},
    {2022, "Spring bank holiday", 6, 2, "Spring bank holiday"}, // Platinum Jubilee
};

// Extra bank holidays proclaimed for one occasion.
struct ExtraHoliday {
    int year;
    int month;
    int day;
    const char* name;
};

constexpr ExtraHoliday extra_holidays[] = {
    {1973, 11, 14, "Royal wedding (Princess Anne and Mark Phillips)"},
    {1977, 6, 7, "Silver Jubilee of Elizabeth II"},
    {1981, 7, 29, "Royal wedding (Prince Charles and Lady Diana Spencer)"},
    {1999, 12, 31, "Millennium celebrations"},
    {2002, 6, 3, "Golden Jubilee of Elizabeth II"},
    {2011, 4, 29, "Royal wedding (Prince William and Catherine Middleton)"},
    {2012, 6, 5, "Queen's Diamond Jubilee"},
    {2022, 6, 3, "Platinum Jubilee bank holiday"},
    {2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    {2023, 5, 8, "Bank holiday for the coronation of King Charles III"},
};

const MovedHoliday* move_of(const RegularRule& rule, int year) {
    for (const auto& moved : moved_holidays) {
        if (moved.year == year && std::string_view(moved.rule_name) == rule.name) {
            return &moved;
        }
    }
    return nullptr;
}

// The weekday a weekend holiday is observed on, or the date itself when it is a weekday.
Date observed_date(Date date, Substitution substitution) {
    if (!date.is_weekend() || substitution == Substitution::none) {
        return date;
    }
    if (substitution == Substitution::two_days_later) {
        return date + 2;
    }
    return date + (date.weekday() == Weekday::saturday ? 2 : 1);
}

void add_regular_holiday(const RegularRule& rule, int year, std::vector<BankHoliday>& out) {
    if (const auto* moved = move_of(rule, year)) {
        out.push_back({Date{days_from_civil(year, moved->month, moved->day)}, moved->name, false});
        return;
    }
    const Date nominal = rule.nominal_date(year);
    const Date observed = observed_date(nominal, rule.substitution);
    if (!observed.is_weekend()) {
        out.push_back({observed, rule.name, observed != nominal});
    }
}

void add_year(int year, std::vector<BankHoliday>& out) {
    for (const auto& rule : regular_rules) {
        if (rule.first_year <= year && year <= rule.last_year) {
            add_regular_holiday(rule, year, out);
        }
    }
    for (const auto& extra : extra_holidays) {
        if (extra.year == year) {
            out.push_back({Date{days_from_civil(year, extra.month, extra.day)}, extra.name, false});
        }
    }
}

const std::vector<BankHoliday>& all_bank_holidays() {
    static const std::vector<BankHoliday> holidays = [] {
        std::vector<BankHoliday> list;
        for (int year = Calendar::first_year; year <= Calendar::last_year; ++year) {
            add_year(year, list);
        }
        std::sort(list.begin(), list.end(),
                  [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
        return list;
    }();
    return holidays;
}

void require_calendar_year(int year) {
    if (year < Calendar::first_year || year > Calendar::last_year) {
        throw OutOfRange("year " + std::to_string(year) + " is outside the calendar's range " +
                         std::to_string(Calendar::first_year) + ".." +
                         std::to_string(Calendar::last_year));
    }
}

} // namespace

// Anonymous Gregorian algorithm ("Meeus/Jones/Butcher"): J. Meeus, Astronomical Algorithms
// (1991), ch. 8, after the 1876 Nature letter; valid for every Gregorian year.
Date easter_sunday(int year) {
    if (year < Date::min_year || year > Date::max_year) {
        throw InvalidArgument("year " + std::to_string(year) + " is outside " +
                              std::to_string(Date::min_year) + ".." +
                              std::to_string(Date::max_year));
    }
    const int a = year % 19; // position in the 19-year Metonic cycle
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the Paschal full moon
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the Sunday
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date{days_from_civil(year, month, day)};
}

std::vector<BankHoliday> england_and_wales_bank_holidays(int first_year, int last_year) {
    require_calendar_year(first_year);
    require_calendar_year(last_year);
    if (first_year > last_year) {
        throw InvalidArgument("first year " + std::to_string(first_year) + " is after last year " +
                              std::to_string(last_year));
    }
    const auto& all = all_bank_holidays();
    const auto in_range = [&](const BankHoliday& holiday) {
        const int year = holiday.date.ymd().year;
        return first_year <= year && year <= last_year;
    };
    std::vector<BankHoliday> selected;
    std::copy_if(all.begin(), all.end(), std::back_inserter(selected), in_range);
    return selected;
}

const char* england_and_wales_bank_holiday_name(Date date) {
    require_calendar_year(date.ymd().year);
    const auto& all = all_bank_holidays();
    const auto found =
        std::lower_bound(all.begin(), all.end(), date, [](const BankHoliday& holiday, Date wanted) {
            return holiday.date < wanted;
        });
    return found != all.end() && found->date == date ? found->name.c_str() : nullptr;
}

QAF_END_NAMESPACE
