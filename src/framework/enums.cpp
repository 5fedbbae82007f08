#include "framework/enums.hpp"

#include <array>
#include <string>

namespace qaf::detail {
namespace {

// Names in enumerator order: the index of a name is the enumerator's value.
constexpr std::string_view body_kinds[] = {
    "qa_subgroup",           "scrutiny_panel", "executive_group",
    "partnership_board",     "lead_partners",  "independent_scrutiny",
    "practice_review_group", "learning_group", "other"};
constexpr std::string_view frequencies[] = {
    "monthly", "every_two_months", "quarterly", "every_six_months",
    "yearly",  "every_two_years",  "as_needed"};
constexpr std::string_view sectors[] = {"local_authority_childrens_services",
                                        "local_authority_other",
                                        "police",
                                        "icb",
                                        "health_provider",
                                        "general_practice",
                                        "maintained_school",
                                        "academy",
                                        "independent_school",
                                        "further_education",
                                        "early_years",
                                        "probation",
                                        "youth_justice",
                                        "housing",
                                        "voluntary",
                                        "faith",
                                        "sport",
                                        "other"};
constexpr std::string_view partner_statuses[] = {"statutory_partner", "relevant_agency", "other"};
constexpr std::string_view rounding_modes[] = {"half_up", "half_even", "down", "up"};
constexpr std::string_view assessment_kinds[] = {"section_11", "section_175", "self_assessment"};
constexpr std::string_view score_methods[] = {"weighted_percentage", "worst_of", "mean",
                                              "count_of_levels"};
constexpr std::string_view overall_methods[] = {"holistic", "limiting", "lowest", "mode",
                                                "weighted_mean"};
constexpr std::string_view holiday_sets[] = {"england_and_wales", "none"};
constexpr std::string_view time_units[] = {"working_days", "calendar_days", "weeks", "months"};
constexpr std::string_view day_countings[] = {"start_excluded", "start_included"};
constexpr std::string_view within_rules[] = {"at_most", "less_than"};
constexpr std::string_view indicator_units[] = {"percentage", "rate_per_10000", "count", "days"};
constexpr std::string_view polarities[] = {"higher_better", "lower_better", "within_band",
                                           "neutral"};
constexpr std::string_view measure_kinds[] = {"timeliness", "repeat_within", "duration_at_end",
                                              "count",      "rate",          "placements",
                                              "stability",  "supplied"};
constexpr std::string_view period_types[] = {"month", "quarter", "financial_year",
                                             "rolling_12_months", "snapshot"};
constexpr std::string_view roll_ups[] = {"sum", "mean", "last", "recompute"};
constexpr std::string_view comparator_series[] = {"england", "region", "statistical_neighbours"};
constexpr std::string_view comparator_methods[] = {"published", "mean", "median", "sum"};
constexpr std::string_view activity_kinds[] = {"assessment", "case_audit"};
constexpr std::string_view audit_focuses[] = {"general", "thematic", "deep_dive"};

constexpr WorkingTogetherEdition editions[] = {
    WorkingTogetherEdition::wt2015, WorkingTogetherEdition::wt2018, WorkingTogetherEdition::wt2023};

constexpr std::string_view group_names[] = {"all", "health", "schools", "education",
                                            "local_authority"};
constexpr Sector health[] = {Sector::icb, Sector::health_provider, Sector::general_practice};
constexpr Sector schools[] = {Sector::maintained_school, Sector::academy,
                              Sector::independent_school};
constexpr Sector education[] = {Sector::maintained_school, Sector::academy,
                                Sector::independent_school, Sector::further_education,
                                Sector::early_years};
constexpr Sector local_authority[] = {Sector::local_authority_childrens_services,
                                      Sector::local_authority_other};

constexpr auto all_sectors = [] {
    std::array<Sector, std::size(sectors)> all{};
    for (std::size_t index = 0; index < all.size(); ++index) {
        all[index] = static_cast<Sector>(index);
    }
    return all;
}();

} // namespace

#define QAF_ENUM_INFO(Enum, what, names)                                                           \
    template <>                                                                                    \
    const EnumInfo& enum_info<Enum>() noexcept {                                                   \
        static constexpr EnumInfo info{what, names};                                               \
        return info;                                                                               \
    }

QAF_ENUM_INFO(BodyKind, "body kind", body_kinds)
QAF_ENUM_INFO(Frequency, "frequency", frequencies)
QAF_ENUM_INFO(Sector, "sector", sectors)
QAF_ENUM_INFO(PartnerStatus, "status", partner_statuses)
QAF_ENUM_INFO(RoundingMode, "rounding mode", rounding_modes)
QAF_ENUM_INFO(AssessmentKind, "assessment kind", assessment_kinds)
QAF_ENUM_INFO(ScoreMethod, "scoring method", score_methods)
QAF_ENUM_INFO(OverallGradeMethod, "overall grade method", overall_methods)
QAF_ENUM_INFO(HolidaySet, "holiday set", holiday_sets)
QAF_ENUM_INFO(TimeUnit, "time unit", time_units)
QAF_ENUM_INFO(DayCounting, "counting", day_countings)
QAF_ENUM_INFO(WithinRule, "within rule", within_rules)
QAF_ENUM_INFO(IndicatorUnit, "indicator unit", indicator_units)
QAF_ENUM_INFO(Polarity, "polarity", polarities)
QAF_ENUM_INFO(MeasureKind, "measure kind", measure_kinds)
QAF_ENUM_INFO(PeriodType, "period", period_types)
QAF_ENUM_INFO(RollUp, "roll_up", roll_ups)
QAF_ENUM_INFO(ComparatorSeries, "comparator series", comparator_series)
QAF_ENUM_INFO(ComparatorMethod, "comparator method", comparator_methods)
QAF_ENUM_INFO(ActivityKind, "activity kind", activity_kinds)
QAF_ENUM_INFO(AuditFocus, "focus", audit_focuses)

#undef QAF_ENUM_INFO

std::span<const WorkingTogetherEdition> working_together_editions() noexcept {
    return editions;
}

bool is_known(WorkingTogetherEdition edition) noexcept {
    for (auto known : editions) {
        if (known == edition) {
            return true;
        }
    }
    return false;
}

std::span<const std::string_view> sector_group_names() noexcept {
    return group_names;
}

std::span<const Sector> sector_group(std::string_view name) noexcept {
    if (name == "all") {
        return all_sectors;
    }
    if (name == "health") {
        return health;
    }
    if (name == "schools") {
        return schools;
    }
    if (name == "education") {
        return education;
    }
    if (name == "local_authority") {
        return local_authority;
    }
    return {};
}

} // namespace qaf::detail

QAF_BEGIN_NAMESPACE

namespace {

// An out-of-range value (a cast in code, a corrupt snapshot) is named rather than crashing.
template <class Enum>
std::string_view name_of(Enum value) noexcept {
    return detail::is_known(value)
               ? detail::enum_info<Enum>().names[static_cast<std::size_t>(value)]
               : std::string_view("invalid");
}

} // namespace

std::string_view to_string(WorkingTogetherEdition value) {
    switch (value) {
    case WorkingTogetherEdition::wt2015:
        return "2015";
    case WorkingTogetherEdition::wt2018:
        return "2018";
    case WorkingTogetherEdition::wt2023:
        return "2023";
    }
    return "invalid";
}

std::string_view to_string(BodyKind value) {
    return name_of(value);
}
std::string_view to_string(Frequency value) {
    return name_of(value);
}
std::string_view to_string(Sector value) {
    return name_of(value);
}
std::string_view to_string(PartnerStatus value) {
    return name_of(value);
}
std::string_view to_string(RoundingMode value) {
    return name_of(value);
}
std::string_view to_string(AssessmentKind value) {
    return name_of(value);
}
std::string_view to_string(ScoreMethod value) {
    return name_of(value);
}
std::string_view to_string(OverallGradeMethod value) {
    return name_of(value);
}
std::string_view to_string(HolidaySet value) {
    return name_of(value);
}
std::string_view to_string(TimeUnit value) {
    return name_of(value);
}
std::string_view to_string(DayCounting value) {
    return name_of(value);
}
std::string_view to_string(WithinRule value) {
    return name_of(value);
}
std::string_view to_string(IndicatorUnit value) {
    return name_of(value);
}
std::string_view to_string(Polarity value) {
    return name_of(value);
}
std::string_view to_string(MeasureKind value) {
    return name_of(value);
}
std::string_view to_string(PeriodType value) {
    return name_of(value);
}
std::string_view to_string(RollUp value) {
    return name_of(value);
}
std::string_view to_string(ComparatorSeries value) {
    return name_of(value);
}
std::string_view to_string(ComparatorMethod value) {
    return name_of(value);
}
std::string_view to_string(ActivityKind value) {
    return name_of(value);
}
std::string_view to_string(AuditFocus value) {
    return name_of(value);
}

const std::vector<std::string>& known_event_types() {
    static const std::vector<std::string> events = {
        "contact",
        "referral",
        "assessment_start",
        "assessment_completed",
        "strategy_discussion",
        "s47_start",
        "icpc",
        "cp_plan_start",
        "cp_plan_end",
        "cp_review",
        "cin_plan_start",
        "cin_plan_end",
        "cla_start",
        "cla_end",
        "placement_start",
        "placement_end",
        "cla_review",
        "visit",
        "early_help_start",
        "early_help_assessment_completed",
        "serious_incident_notification",
        "rapid_review",
        "cspr_start",
        "cspr_published",
        "escalation_raised",
        "escalation_resolved",
    };
    return events;
}

QAF_END_NAMESPACE
