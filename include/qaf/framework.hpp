// A partnership's whole quality assurance framework as validated, immutable data: partnership
// and governance, agencies, rating scales, assessment tools (Section 11, Section 175/157),
// case audit tools, timescales, indicator definitions and the audit programme.
//
// The file format (YAML or JSON, schema_version 1) is documented field by field in
// docs/framework-format.md; the field names below are the file's keys.
//
// Life cycle: build a FrameworkDefinition (from a file, a string, a bundled id, a snapshot or in
// code); Framework validates it once and is immutable afterwards, so share it freely across
// threads. Every load reports all problems together in one FrameworkError, each located as
// file:line:column (or, for definitions built in code, by its path such as agencies[2].sector).
#pragma once

#include "qaf/base.hpp"
#include "qaf/date.hpp"
#include "qaf/error.hpp" // loaders throw FrameworkError, IoError, NotFound
#include "qaf/scale.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

QAF_BEGIN_NAMESPACE

// The schema_version this qaf reads and writes.
inline constexpr int framework_schema_version = 1;

// ---- partnership and governance ----------------------------------------------------------

enum class WorkingTogetherEdition { wt2015 = 2015, wt2018 = 2018, wt2023 = 2023 };

// A statutory safeguarding partner (local authority, ICB, police) and, under WT2023, its lead
// safeguarding partner and delegated safeguarding partner (job titles, never personal names).
struct SafeguardingPartner {
    std::string agency; // an Agency id
    std::string lead;   // e.g. "Chief Executive"
    std::string delegate;

    friend bool operator==(const SafeguardingPartner&, const SafeguardingPartner&) = default;
};

struct Priority {
    std::string id;
    std::string title;

    friend bool operator==(const Priority&, const Priority&) = default;
};

struct Partnership {
    std::string name;
    std::string area;
    WorkingTogetherEdition edition = WorkingTogetherEdition::wt2023;
    std::optional<Date> edition_effective_from;
    std::vector<SafeguardingPartner> safeguarding_partners;
    std::vector<Priority> priorities; // business plan priorities

    friend bool operator==(const Partnership&, const Partnership&) = default;
};

enum class BodyKind {
    qa_subgroup,
    scrutiny_panel,
    executive_group,
    partnership_board,
    lead_partners,
    independent_scrutiny,
    practice_review_group,
    learning_group,
    other,
};

// "bi-monthly" in partnership usage means every two months.
enum class Frequency {
    monthly,
    every_two_months,
    quarterly,
    every_six_months,
    yearly,
    every_two_years,
    as_needed,
};

struct GovernanceBody {
    std::string id;
    std::string name;
    BodyKind kind = BodyKind::other;
    std::string reports_to;             // a GovernanceBody id; empty at the top of the chain
    std::optional<Frequency> reporting; // how often it reports to reports_to
    std::optional<Frequency> meets;     // how often it meets
    std::string chair;                  // a role, e.g. "Designated Doctor"

    friend bool operator==(const GovernanceBody&, const GovernanceBody&) = default;
};

// ---- agencies ------------------------------------------------------------------------------

enum class Sector {
    local_authority_childrens_services,
    local_authority_other, // adult social care, housing authority, public health, leisure...
    police,
    icb,             // integrated care board (health commissioner)
    health_provider, // NHS trusts, community and mental health providers
    general_practice,
    maintained_school,
    academy,
    independent_school,
    further_education,
    early_years,
    probation,
    youth_justice,
    housing,
    voluntary,
    faith,
    sport,
    other,
};

enum class PartnerStatus { statutory_partner, relevant_agency, other };

struct Agency {
    std::string id;
    std::string name;
    Sector sector = Sector::other;
    PartnerStatus status = PartnerStatus::relevant_agency;
    std::optional<int> cohort; // for rotating cycles: 1 = year 1, 2 = year 2...

    friend bool operator==(const Agency&, const Agency&) = default;
};

// Which sectors something applies to: a list of Sector names and/or the groups "all",
// "health", "schools", "education", "local_authority" (expanded on load; empty = all).
using SectorSet = std::vector<Sector>;

// ---- rounding ------------------------------------------------------------------------------

enum class RoundingMode { half_up, half_even, down, up };

struct Rounding {
    int decimals = 0; // 0..6
    RoundingMode mode = RoundingMode::half_up;

    friend bool operator==(const Rounding&, const Rounding&) = default;
};

// ---- assessment tools: Section 11, Section 175/157, local self-assessments ------------------

enum class AssessmentKind { section_11, section_175, self_assessment };

// How a standard's score derives from its criteria, or an agency's from its standards.
enum class ScoreMethod {
    weighted_percentage, // sum(weight * value) / sum(weight * best value) * 100
    worst_of,            // the lowest level given
    mean,                // mean of the level values
    count_of_levels,     // how many answers sit at each level (no single number)
};

struct Criterion {
    std::string id;
    std::string text;
    double weight = 1;

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

struct Standard {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1;
    SectorSet applies_to;              // empty = the tool's applies_to
    std::vector<std::string> evidence; // evidence required
    std::vector<Criterion> criteria;   // empty = the standard is rated directly

    friend bool operator==(const Standard&, const Standard&) = default;
};

struct ToolSection {
    std::string id;
    std::string name;
    std::vector<Standard> standards;

    friend bool operator==(const ToolSection&, const ToolSection&) = default;
};

struct AssessmentScoring {
    ScoreMethod standard = ScoreMethod::weighted_percentage; // criteria -> standard
    ScoreMethod agency = ScoreMethod::mean;                  // standards -> agency
    Rounding rounding{1, RoundingMode::half_up};
    std::optional<double> criteria_weight_total; // each standard's criteria weights sum to this
    std::optional<double> standard_weight_total; // all standards' weights sum to this

    friend bool operator==(const AssessmentScoring&, const AssessmentScoring&) = default;
};

struct AssessmentTool {
    std::string id;
    std::string name;
    AssessmentKind kind = AssessmentKind::section_11;
    std::string scale; // a RatingScale id (declared or built-in)
    SectorSet applies_to;
    bool moderated = true; // scrutiny panel moderates self-scores
    AssessmentScoring scoring;
    std::vector<ToolSection> sections;

    friend bool operator==(const AssessmentTool&, const AssessmentTool&) = default;
};

// ---- case audit tools (multi-agency case file audits) ---------------------------------------

enum class OverallGradeMethod {
    holistic,      // the auditor's own overall grade, with a rationale
    limiting,      // the lowest of the limiting domains caps the overall (mode of all domains)
    lowest,        // the lowest domain grade
    mode,          // the most frequent domain grade (ties: the lower)
    weighted_mean, // weighted mean of level values, rounded, mapped to the nearest level
};

struct AuditDomain {
    std::string id;
    std::string name;
    std::string question;
    double weight = 1;

    friend bool operator==(const AuditDomain&, const AuditDomain&) = default;
};

struct OverallGradeRule {
    OverallGradeMethod method = OverallGradeMethod::holistic;
    std::vector<std::string> limiting_domains; // AuditDomain ids; required for limiting
    bool rationale_required = true;            // must be true for holistic
    Rounding rounding{0, RoundingMode::half_up};

    friend bool operator==(const OverallGradeRule&, const OverallGradeRule&) = default;
};

struct CaseAuditTool {
    std::string id;
    std::string name;
    std::string scale; // a RatingScale id
    std::vector<AuditDomain> domains;
    OverallGradeRule overall;

    friend bool operator==(const CaseAuditTool&, const CaseAuditTool&) = default;
};

// ---- calendars and timescales ---------------------------------------------------------------

enum class HolidaySet { england_and_wales, none };

struct CalendarDefinition {
    std::string id;
    HolidaySet holidays = HolidaySet::england_and_wales;
    std::vector<Date> closures; // local closure days, e.g. a council's Christmas closure

    friend bool operator==(const CalendarDefinition&, const CalendarDefinition&) = default;
};

enum class TimeUnit { working_days, calendar_days, weeks, months };

// start_excluded: the start day is day 0 (qaf's and DfE's convention: same day = 0).
// start_included: the start day is day 1 (Data to Insight's validator convention).
enum class DayCounting { start_excluded, start_included };

// at_most: "within N" means <= N; less_than: < N.
enum class WithinRule { at_most, less_than };

struct Timescale {
    std::string id;
    std::string name;
    int length = 0;
    TimeUnit unit = TimeUnit::working_days;
    std::string start_event; // an event type (docs/framework-format.md#events)
    std::string end_event;
    DayCounting counting = DayCounting::start_excluded;
    WithinRule within = WithinRule::at_most;
    std::string calendar; // a CalendarDefinition id; empty = the framework's default calendar

    friend bool operator==(const Timescale&, const Timescale&) = default;
};

// ---- indicators -------------------------------------------------------------------------------

enum class IndicatorUnit { percentage, rate_per_10000, count, days };
enum class Polarity { higher_better, lower_better, within_band, neutral };

enum class MeasureKind {
    timeliness,      // % of end events reached within the timescale of their start event
    repeat_within,   // % of events preceded by the same event within a window (or ever)
    duration_at_end, // % of episodes ending in the period that lasted at least a threshold
    count,           // number of events in the period
    rate,            // events per 10,000 of the child population
    placements,      // % of children looked after at period end with >= N placements in it
    stability,       // long-term placement stability (children under 16, CLA 2.5+ years)
    supplied,        // computed outside qaf; values are supplied with the data
};

struct Window {
    int length = 0; // 0 = ever
    TimeUnit unit = TimeUnit::months;

    friend bool operator==(const Window&, const Window&) = default;
};

struct Measure {
    MeasureKind kind = MeasureKind::supplied;
    std::string event;       // count, rate, repeat_within: the event counted
    std::string timescale;   // timeliness: a Timescale id
    std::string start_event; // duration_at_end: episode start and end events
    std::string end_event;
    std::optional<Window> window; // repeat_within: look-back; duration_at_end: threshold
    std::optional<int> threshold; // placements: minimum placements in the period
    std::string numerator;        // supplied: what the numerator counts (text)
    std::string denominator;      // supplied: what the denominator counts (text)

    friend bool operator==(const Measure&, const Measure&) = default;
};

enum class PeriodType { month, quarter, financial_year, rolling_12_months, snapshot };
enum class RollUp { sum, mean, last, recompute };

// RAG against a target: green when the target is met; amber when missed by at most
// amber_tolerance (in the indicator's unit); red otherwise. within_band uses band_low/high.
struct Target {
    std::optional<double> value;
    double amber_tolerance = 0;
    std::optional<double> band_low;
    std::optional<double> band_high;

    friend bool operator==(const Target&, const Target&) = default;
};

enum class ComparatorSeries { england, region, statistical_neighbours };
enum class ComparatorMethod { published, mean, median, sum };

struct ComparatorValue {
    std::string period; // a period label, e.g. "2024/25"
    double value = 0;

    friend bool operator==(const ComparatorValue&, const ComparatorValue&) = default;
};

struct Comparator {
    ComparatorSeries series = ComparatorSeries::england;
    ComparatorMethod method = ComparatorMethod::published;
    std::string source; // where the figures come from (publication, URL)
    std::vector<ComparatorValue> values;

    friend bool operator==(const Comparator&, const Comparator&) = default;
};

// Counts from 1 to suppress_up_to are shown as "c" (0 stays 0); secondary suppression hides
// a further cell where the hidden one could be recovered by subtraction.
struct Suppression {
    int suppress_up_to = 0; // 0 = no suppression
    bool secondary = true;

    friend bool operator==(const Suppression&, const Suppression&) = default;
};

struct Indicator {
    std::string id;
    std::string label;
    std::string description;
    IndicatorUnit unit = IndicatorUnit::percentage;
    Polarity polarity = Polarity::neutral;
    Measure measure;
    PeriodType period = PeriodType::financial_year;
    RollUp roll_up = RollUp::recompute;
    Target target;
    std::vector<Comparator> comparators;
    Rounding rounding{1, RoundingMode::half_up};
    Suppression suppression;

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

// ---- programme (cycles of assessments and audits) -----------------------------------------------

enum class ActivityKind { assessment, case_audit };
enum class AuditFocus { general, thematic, deep_dive };

struct ProgrammeActivity {
    std::string id;
    ActivityKind kind = ActivityKind::assessment;
    std::string tool; // an AssessmentTool or CaseAuditTool id, by kind
    Frequency frequency = Frequency::yearly;
    int per_cycle = 1; // e.g. up to 6 audits a year
    std::optional<AuditFocus> focus;
    std::vector<int> rotation; // rotating cycles: the cohorts assessed in year 1, 2, ...
    std::string owner;         // a GovernanceBody id that oversees it

    friend bool operator==(const ProgrammeActivity&, const ProgrammeActivity&) = default;
};

// ---- the whole definition --------------------------------------------------------------------

struct FrameworkDefinition {
    int schema_version = framework_schema_version;
    std::string id;
    std::string name;
    std::string description;
    std::string source; // where the definition comes from, and what had to be assumed
    Partnership partnership;
    std::vector<GovernanceBody> governance;
    std::vector<Agency> agencies;
    std::vector<RatingScale> scales; // declared scales only; built-ins are implicit
    std::vector<AssessmentTool> assessment_tools;
    std::vector<CaseAuditTool> case_audit_tools;
    std::vector<CalendarDefinition> calendars; // empty = one default E&W calendar
    std::vector<Timescale> timescales;
    std::vector<Indicator> indicators;
    std::vector<ProgrammeActivity> programme;

    friend bool operator==(const FrameworkDefinition&, const FrameworkDefinition&) = default;
};

// An immutable, validated framework. Cheap to copy (shares one definition).
class Framework {
public:
    // Loads YAML or JSON (JSON is read as YAML). Throws FrameworkError listing every problem
    // located as file:line:column, IoError when the file cannot be read.
    static Framework load(const std::filesystem::path& path);
    static Framework from_string(std::string_view text, std::string_view source_name = "<string>");
    // Validates a definition built in code; problems are located by path (agencies[2].sector).
    static Framework from_definition(FrameworkDefinition definition);

    // The definitions compiled into the library (frameworks/*.yaml). NotFound for other ids.
    static Framework builtin(std::string_view id);
    static std::vector<std::string> builtin_ids();
    static constexpr std::string_view default_builtin_id = "wt2023-default";

    // Boost.Serialization snapshot: a rebuildable cache for fast start-up, not a durable format.
    void save_snapshot(std::ostream& out) const;
    static Framework load_snapshot(std::istream& in); // UnsupportedVersion for newer archives
    // Writes the snapshot atomically (temporary file, then rename).
    void save_snapshot(const std::filesystem::path& path) const;
    static Framework load_snapshot(const std::filesystem::path& path);

    // Canonical JSON: fixed key order, two-space indent, every field written explicitly.
    // load(to_json()) gives an equal framework.
    std::string to_json() const;

    const FrameworkDefinition& definition() const noexcept { return *definition_; }
    const std::string& id() const noexcept { return definition_->id; }
    const std::string& name() const noexcept { return definition_->name; }

    // Lookups by id; nullptr when absent. Scales include the built-ins.
    const Agency* find_agency(std::string_view id) const noexcept;
    const RatingScale* find_scale(std::string_view id) const noexcept;
    const AssessmentTool* find_assessment_tool(std::string_view id) const noexcept;
    const CaseAuditTool* find_case_audit_tool(std::string_view id) const noexcept;
    const Indicator* find_indicator(std::string_view id) const noexcept;
    const Timescale* find_timescale(std::string_view id) const noexcept;
    const GovernanceBody* find_body(std::string_view id) const noexcept;

    // Every standard of every assessment tool, in file order, with where it sits.
    struct StandardRef {
        const AssessmentTool* tool;
        const ToolSection* section;
        const Standard* standard;
    };
    std::vector<StandardRef> standards() const;

    // The chain from a body up to the top (the body first), following reports_to.
    std::vector<const GovernanceBody*> reporting_chain(std::string_view body_id) const;

    friend bool operator==(const Framework& a, const Framework& b) {
        return a.definition() == b.definition();
    }

private:
    explicit Framework(std::shared_ptr<const FrameworkDefinition> definition);
    std::shared_ptr<const FrameworkDefinition> definition_;
};

// Names of enum values as written in files ("local_authority_childrens_services"...).
std::string_view to_string(WorkingTogetherEdition value);
std::string_view to_string(BodyKind value);
std::string_view to_string(Frequency value);
std::string_view to_string(Sector value);
std::string_view to_string(PartnerStatus value);
std::string_view to_string(RoundingMode value);
std::string_view to_string(AssessmentKind value);
std::string_view to_string(ScoreMethod value);
std::string_view to_string(OverallGradeMethod value);
std::string_view to_string(HolidaySet value);
std::string_view to_string(TimeUnit value);
std::string_view to_string(DayCounting value);
std::string_view to_string(WithinRule value);
std::string_view to_string(IndicatorUnit value);
std::string_view to_string(Polarity value);
std::string_view to_string(MeasureKind value);
std::string_view to_string(PeriodType value);
std::string_view to_string(RollUp value);
std::string_view to_string(ComparatorSeries value);
std::string_view to_string(ComparatorMethod value);
std::string_view to_string(ActivityKind value);
std::string_view to_string(AuditFocus value);

// The event types measures and timescales may name (docs/framework-format.md#events).
const std::vector<std::string>& known_event_types();

QAF_END_NAMESPACE
