#include "framework/validate.hpp"

#include "framework/enums.hpp"
#include "framework/messages.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace qaf::detail {

std::string field_path(std::string_view parent, std::string_view key) {
    std::string path(parent);
    if (key.empty()) {
        return path;
    }
    if (!path.empty()) {
        path += '.';
    }
    return path += key;
}

std::string item_path(std::string_view list, std::size_t index) {
    return std::string(list) + "[" + std::to_string(index) + "]";
}

namespace {

constexpr std::size_t max_id_length = 64;

// Weight totals are declared as round numbers but summed in floating point.
bool totals_match(double sum, double total) {
    return std::fabs(sum - total) <= 1e-9 * std::max(1.0, std::fabs(total));
}

bool is_id_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_id_char(char c) {
    return is_id_start(c) || c == '-' || c == '_';
}

bool is_hex_digit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_colour(std::string_view text) {
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(), is_hex_digit);
}

void sort_sectors(SectorSet& sectors) {
    std::sort(sectors.begin(), sectors.end());
    sectors.erase(std::unique(sectors.begin(), sectors.end()), sectors.end());
}

// Ids seen so far in one scope (a list, or a tool for its standards), to report repeats.
class IdScope {
public:
    explicit IdScope(std::string what) : what_(std::move(what)) {}
    // The path of the first occurrence when id was seen before, else nullptr.
    const std::string* add(const std::string& id, const std::string& path) {
        if (id.empty()) {
            return nullptr;
        }
        const auto [place, inserted] = first_paths_.try_emplace(id, path);
        return inserted ? nullptr : &place->second;
    }
    const std::string& what() const { return what_; }

private:
    std::string what_;
    std::map<std::string, std::string, std::less<>> first_paths_;
};

// The ids a reference may name: a set to look one up, the file order to suggest one.
class IdList {
public:
    IdList() = default;
    template <class Items>
    explicit IdList(const Items& items) {
        for (const auto& item : items) {
            add(item.id);
        }
    }

    void add(const std::string& id) {
        if (set_.insert(id).second) {
            ordered_.push_back(id);
        }
    }
    bool empty() const { return ordered_.empty(); }
    bool contains(std::string_view id) const { return set_.find(id) != set_.end(); }
    const std::vector<std::string>& ordered() const { return ordered_; }

private:
    std::vector<std::string> ordered_;
    std::set<std::string, std::less<>> set_;
};

// Which fields a measure kind uses; the others must stay empty.
struct MeasureFields {
    bool event = false;
    bool timescale = false;
    bool start_and_end = false;
    bool window = false;
    bool threshold = false;
    bool numerator_and_denominator = false;
};

MeasureFields fields_of(MeasureKind kind) {
    MeasureFields fields;
    switch (kind) {
    case MeasureKind::timeliness:
        fields.timescale = true;
        break;
    case MeasureKind::repeat_within:
        fields.event = fields.window = true;
        break;
    case MeasureKind::duration_at_end:
        fields.start_and_end = fields.window = true;
        break;
    case MeasureKind::count:
    case MeasureKind::rate:
        fields.event = true;
        break;
    case MeasureKind::placements:
        fields.threshold = true;
        break;
    case MeasureKind::stability:
        break;
    case MeasureKind::supplied:
        fields.numerator_and_denominator = true;
        break;
    }
    return fields;
}

bool suits_percentage(MeasureKind kind) {
    return kind != MeasureKind::count && kind != MeasureKind::rate;
}

class Validator {
public:
    explicit Validator(const FrameworkDefinition& definition);
    std::vector<Problem> run();

private:
    // Past this many problems the definition is not worth reading further (nor is the cost of
    // suggestions for each of them).
    static constexpr std::size_t max_problems = 2000;
    bool full() const { return problems_.size() >= max_problems; }

    void report(std::string path, std::string message, std::string first_path = {}) {
        if (!full()) {
            problems_.push_back({std::move(path), std::move(message), std::move(first_path), {}});
        }
    }
    // A problem that only holds given the value at cause (an activity's kind...).
    void report_because(std::string cause, std::string path, std::string message) {
        if (!full()) {
            problems_.push_back({std::move(path), std::move(message), {}, std::move(cause)});
        }
    }

    // Field checks: parent is the path of the enclosing mapping, key the field's name.
    void require_text(const std::string& parent, std::string_view key, const std::string& value);
    void check_id(const std::string& parent, const std::string& id, IdScope& scope);
    void check_reference(const std::string& parent, std::string_view key, std::string_view what,
                         const std::string& value, const IdList& ids);
    void check_event(const std::string& parent, std::string_view key, const std::string& event);
    void check_positive(const std::string& parent, std::string_view key, double value);
    void check_at_least(const std::string& parent, std::string_view key, double value, int least);
    void check_finite(const std::string& parent, std::string_view key, double value);
    void check_date(const std::string& path, Date date);
    void check_rounding(const std::string& path, const Rounding& rounding);
    void check_sectors(const std::string& path, const SectorSet& sectors);
    template <class Enum>
    void check_enum(const std::string& path, Enum value) {
        if (!is_known(value)) {
            report(path, "invalid " + std::string(enum_info<Enum>().what) + " value " +
                             std::to_string(static_cast<long long>(value)));
        }
    }

    void check_top_level();
    void check_partnership();
    void check_governance();
    void check_governance_loops();
    void report_loop(std::vector<std::size_t> loop);
    void check_agencies();
    void check_scale(const RatingScale& scale, const std::string& path, IdScope& ids);
    void check_assessment_tool(const AssessmentTool& tool, const std::string& path);
    void check_standard(const Standard& standard, const std::string& path,
                        const AssessmentScoring& scoring, IdScope& standards);
    void check_case_audit_tool(const CaseAuditTool& tool, const std::string& path);
    void check_overall(const OverallGradeRule& overall, const std::string& path,
                       const IdList& domain_ids);
    void check_calendars();
    void check_timescales();
    void check_indicator(const Indicator& indicator, const std::string& path);
    void check_measure(const Measure& measure, const std::string& path);
    void check_target(const Indicator& indicator, const std::string& indicator_path);
    void check_comparator(const Comparator& comparator, const std::string& path);
    void check_programme();

    const FrameworkDefinition& definition_;
    IdList agency_ids_;
    IdList body_ids_;
    IdList scale_ids_; // declared, then built-in
    IdList assessment_tool_ids_;
    IdList case_audit_tool_ids_;
    IdList calendar_ids_;
    IdList timescale_ids_;
    IdList event_types_;
    std::vector<Problem> problems_;
};

Validator::Validator(const FrameworkDefinition& definition)
    : definition_(definition), agency_ids_(definition.agencies), body_ids_(definition.governance),
      scale_ids_(definition.scales), assessment_tool_ids_(definition.assessment_tools),
      case_audit_tool_ids_(definition.case_audit_tools), calendar_ids_(definition.calendars),
      timescale_ids_(definition.timescales) {
    for (const auto& scale : builtin_scales()) {
        scale_ids_.add(scale.id);
    }
    if (calendar_ids_.empty()) {
        calendar_ids_.add("default"); // the implicit England and Wales calendar
    }
    for (const auto& event : known_event_types()) {
        event_types_.add(event);
    }
}

std::vector<Problem> Validator::run() {
    check_top_level();
    check_partnership();
    check_governance();
    check_agencies();
    IdScope scale_ids("scale");
    for (std::size_t i = 0; i < definition_.scales.size(); ++i) {
        check_scale(definition_.scales[i], item_path("scales", i), scale_ids);
    }
    IdScope tool_ids("assessment tool");
    for (std::size_t i = 0; i < definition_.assessment_tools.size(); ++i) {
        const auto path = item_path("assessment_tools", i);
        check_id(path, definition_.assessment_tools[i].id, tool_ids);
        check_assessment_tool(definition_.assessment_tools[i], path);
    }
    IdScope audit_tool_ids("case audit tool");
    for (std::size_t i = 0; i < definition_.case_audit_tools.size(); ++i) {
        const auto path = item_path("case_audit_tools", i);
        check_id(path, definition_.case_audit_tools[i].id, audit_tool_ids);
        check_case_audit_tool(definition_.case_audit_tools[i], path);
    }
    check_calendars();
    check_timescales();
    IdScope indicator_ids("indicator");
    for (std::size_t i = 0; i < definition_.indicators.size(); ++i) {
        const auto path = item_path("indicators", i);
        check_id(path, definition_.indicators[i].id, indicator_ids);
        check_indicator(definition_.indicators[i], path);
    }
    check_programme();
    return std::move(problems_);
}

// ---- field checks ------------------------------------------------------------------------

void Validator::require_text(const std::string& parent, std::string_view key,
                             const std::string& value) {
    if (value.empty()) {
        report(field_path(parent, key), quote(key) + " must not be empty");
    }
}

void Validator::check_id(const std::string& parent, const std::string& id, IdScope& scope) {
    const auto path = field_path(parent, "id");
    if (id.empty()) {
        report(path, "'id' must not be empty");
        return;
    }
    if (!is_id_start(id.front()) || !std::all_of(id.begin(), id.end(), is_id_char)) {
        report(path, "invalid id " + quote(id) +
                         ": ids use lowercase letters, digits, '-' and '_' and start with a "
                         "letter or digit");
    } else if (id.size() > max_id_length) {
        report(path, "invalid id " + quote(id) + ": ids are at most " +
                         std::to_string(max_id_length) + " characters");
    }
    if (const auto* first = scope.add(id, path)) {
        report(path, "duplicate " + scope.what() + " id " + quote(id), *first);
    }
}

void Validator::check_reference(const std::string& parent, std::string_view key,
                                std::string_view what, const std::string& value,
                                const IdList& ids) {
    if (!value.empty() && !ids.contains(value) && !full()) {
        report(field_path(parent, key), std::string(what) + " " + quote(value) + " is not defined" +
                                            did_you_mean(value, ids.ordered()));
    }
}

void Validator::check_event(const std::string& parent, std::string_view key,
                            const std::string& event) {
    check_reference(parent, key, "event type", event, event_types_);
}

void Validator::check_positive(const std::string& parent, std::string_view key, double value) {
    if (!std::isfinite(value) || value <= 0) {
        report(field_path(parent, key),
               std::string(key) + " must be greater than 0, got " + format_number(value));
    }
}

void Validator::check_at_least(const std::string& parent, std::string_view key, double value,
                               int least) {
    if (!std::isfinite(value) || value < least) {
        report(field_path(parent, key), std::string(key) + " must be at least " +
                                            std::to_string(least) + ", got " +
                                            format_number(value));
    }
}

void Validator::check_finite(const std::string& parent, std::string_view key, double value) {
    if (!std::isfinite(value)) {
        report(field_path(parent, key),
               std::string(key) + " must be a finite number, got " + format_number(value));
    }
}

void Validator::check_date(const std::string& path, Date date) {
    static const std::int32_t first = days_from_civil(Date::min_year, 1, 1);
    static const std::int32_t last = days_from_civil(Date::max_year, 12, 31);
    if (date.days < first || date.days > last) {
        report(path, "date is outside years " + std::to_string(Date::min_year) + ".." +
                         std::to_string(Date::max_year));
    }
}

void Validator::check_rounding(const std::string& path, const Rounding& rounding) {
    if (rounding.decimals < 0 || rounding.decimals > 6) {
        report(field_path(path, "decimals"),
               "decimals must be 0..6, got " + std::to_string(rounding.decimals));
    }
    check_enum(field_path(path, "mode"), rounding.mode);
}

void Validator::check_sectors(const std::string& path, const SectorSet& sectors) {
    for (std::size_t i = 0; i < sectors.size(); ++i) {
        check_enum(item_path(path, i), sectors[i]);
    }
}

// ---- partnership, governance, agencies -------------------------------------------------------

void Validator::check_top_level() {
    if (definition_.schema_version != framework_schema_version) {
        problems_.push_back({"schema_version",
                             "unsupported schema_version " +
                                 std::to_string(definition_.schema_version) + " (this qaf reads " +
                                 std::to_string(framework_schema_version) + ")",
                             {},
                             {},
                             Status::unsupported_version});
    }
    IdScope framework_ids("framework");
    check_id("", definition_.id, framework_ids);
    require_text("", "name", definition_.name);
}

void Validator::check_partnership() {
    const auto& partnership = definition_.partnership;
    const std::string path = "partnership";
    require_text(path, "name", partnership.name);
    if (!is_known(partnership.edition)) {
        report(field_path(path, "working_together.edition"),
               "invalid Working Together edition " +
                   std::to_string(static_cast<int>(partnership.edition)));
    }
    if (partnership.edition_effective_from) {
        check_date("partnership.working_together.effective_from",
                   *partnership.edition_effective_from);
    }
    IdScope partners("safeguarding partner");
    for (std::size_t i = 0; i < partnership.safeguarding_partners.size(); ++i) {
        const auto& partner = partnership.safeguarding_partners[i];
        const auto item = item_path("partnership.safeguarding_partners", i);
        require_text(item, "agency", partner.agency);
        check_reference(item, "agency", "agency", partner.agency, agency_ids_);
        if (const auto* first = partners.add(partner.agency, field_path(item, "agency"))) {
            report(field_path(item, "agency"),
                   "duplicate safeguarding partner " + quote(partner.agency), *first);
        }
    }
    IdScope priorities("priority");
    for (std::size_t i = 0; i < partnership.priorities.size(); ++i) {
        const auto item = item_path("partnership.priorities", i);
        check_id(item, partnership.priorities[i].id, priorities);
        require_text(item, "title", partnership.priorities[i].title);
    }
}

void Validator::check_governance() {
    IdScope ids("governance body");
    for (std::size_t i = 0; i < definition_.governance.size(); ++i) {
        const auto& body = definition_.governance[i];
        const auto path = item_path("governance", i);
        check_id(path, body.id, ids);
        require_text(path, "name", body.name);
        check_enum(field_path(path, "kind"), body.kind);
        check_reference(path, "reports_to", "governance body", body.reports_to, body_ids_);
        if (body.reporting) {
            check_enum(field_path(path, "reporting"), *body.reporting);
        }
        if (body.meets) {
            check_enum(field_path(path, "meets"), *body.meets);
        }
    }
    check_governance_loops();
}

// Each loop is reported once, at the reports_to of its first body in file order. Every body is
// walked once, however long the chains.
void Validator::check_governance_loops() {
    const auto& bodies = definition_.governance;
    std::map<std::string_view, std::size_t> index_of;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        index_of.try_emplace(bodies[i].id, i);
    }
    enum class State { unvisited, on_walk, done };
    std::vector<State> state(bodies.size(), State::unvisited);
    for (std::size_t start = 0; start < bodies.size(); ++start) {
        std::vector<std::size_t> walk;
        std::optional<std::size_t> current = start;
        while (current && state[*current] == State::unvisited) {
            state[*current] = State::on_walk;
            walk.push_back(*current);
            const auto next = index_of.find(bodies[*current].reports_to);
            current = next == index_of.end() ? std::nullopt : std::optional(next->second);
        }
        if (current && state[*current] == State::on_walk) {
            report_loop({std::find(walk.begin(), walk.end(), *current), walk.end()});
        }
        for (const auto member : walk) {
            state[member] = State::done;
        }
    }
}

void Validator::report_loop(std::vector<std::size_t> loop) {
    const auto& bodies = definition_.governance;
    std::rotate(loop.begin(), std::min_element(loop.begin(), loop.end()), loop.end());
    std::string chain;
    for (const auto member : loop) {
        chain += bodies[member].id + " -> ";
    }
    report(field_path(item_path("governance", loop.front()), "reports_to"),
           "governance chain loops: " + chain + bodies[loop.front()].id);
}

void Validator::check_agencies() {
    IdScope ids("agency");
    for (std::size_t i = 0; i < definition_.agencies.size(); ++i) {
        const auto& agency = definition_.agencies[i];
        const auto path = item_path("agencies", i);
        check_id(path, agency.id, ids);
        require_text(path, "name", agency.name);
        check_enum(field_path(path, "sector"), agency.sector);
        check_enum(field_path(path, "status"), agency.status);
        if (agency.cohort) {
            check_at_least(path, "cohort", *agency.cohort, 1);
        }
    }
}

// ---- scales and tools -----------------------------------------------------------------------

void Validator::check_scale(const RatingScale& scale, const std::string& path, IdScope& ids) {
    check_id(path, scale.id, ids);
    if (find_builtin_scale(scale.id)) {
        report(field_path(path, "id"), "scale id " + quote(scale.id) + " is a built-in scale");
    }
    require_text(path, "name", scale.name);
    const auto levels_path = field_path(path, "levels");
    if (scale.levels.size() < 2) {
        report(levels_path, "a scale needs at least 2 levels");
    }
    IdScope codes("level code");
    bool increasing = true;
    for (std::size_t i = 0; i < scale.levels.size(); ++i) {
        const auto& level = scale.levels[i];
        const auto level_path = item_path(levels_path, i);
        require_text(level_path, "code", level.code);
        const auto code_path = field_path(level_path, "code");
        if (const auto* first = codes.add(level.code, code_path)) {
            report(code_path, "duplicate level code " + quote(level.code), *first);
        }
        require_text(level_path, "label", level.label);
        check_finite(level_path, "value", level.value);
        if (increasing && i > 0 && !(level.value > scale.levels[i - 1].value)) {
            report(field_path(level_path, "value"),
                   "scale levels must have strictly increasing values");
            increasing = false;
        }
        if (!level.colour.empty() && !is_colour(level.colour)) {
            report(field_path(level_path, "colour"),
                   "colour must be #RRGGBB, got " + quote(level.colour));
        }
    }
    const auto& not_applicable = scale.not_applicable;
    if (not_applicable.allowed) {
        const auto code_path = field_path(path, "not_applicable.code");
        if (not_applicable.code.empty()) {
            report(code_path, "'code' must not be empty");
        } else if (scale.find_level(not_applicable.code)) {
            report(code_path, "N/A code " + quote(not_applicable.code) + " is also a level code");
        }
    }
}

void Validator::check_assessment_tool(const AssessmentTool& tool, const std::string& path) {
    require_text(path, "name", tool.name);
    check_enum(field_path(path, "kind"), tool.kind);
    require_text(path, "scale", tool.scale);
    check_reference(path, "scale", "scale", tool.scale, scale_ids_);
    check_sectors(field_path(path, "applies_to"), tool.applies_to);

    const auto& scoring = tool.scoring;
    const auto scoring_path = field_path(path, "scoring");
    check_enum(field_path(scoring_path, "standard"), scoring.standard);
    check_enum(field_path(scoring_path, "agency"), scoring.agency);
    check_rounding(field_path(scoring_path, "rounding"), scoring.rounding);
    if (scoring.criteria_weight_total) {
        check_positive(scoring_path, "criteria_weight_total", *scoring.criteria_weight_total);
    }
    if (scoring.standard_weight_total) {
        check_positive(scoring_path, "standard_weight_total", *scoring.standard_weight_total);
    }

    const auto sections_path = field_path(path, "sections");
    if (tool.sections.empty()) {
        report(sections_path, "an assessment tool needs at least one section");
    }
    IdScope sections("section");
    IdScope standards("standard");
    double standard_weights = 0;
    for (std::size_t i = 0; i < tool.sections.size(); ++i) {
        const auto& section = tool.sections[i];
        const auto section_path = item_path(sections_path, i);
        check_id(section_path, section.id, sections);
        require_text(section_path, "name", section.name);
        const auto standards_path = field_path(section_path, "standards");
        if (section.standards.empty()) {
            report(standards_path, "a section needs at least one standard");
        }
        for (std::size_t j = 0; j < section.standards.size(); ++j) {
            check_standard(section.standards[j], item_path(standards_path, j), scoring, standards);
            standard_weights += section.standards[j].weight;
        }
    }
    if (scoring.standard_weight_total &&
        !totals_match(standard_weights, *scoring.standard_weight_total)) {
        report(sections_path, "standard weights of tool " + quote(tool.id) + " sum to " +
                                  format_number(standard_weights) + ", expected " +
                                  format_number(*scoring.standard_weight_total));
    }
}

void Validator::check_standard(const Standard& standard, const std::string& path,
                               const AssessmentScoring& scoring, IdScope& standards) {
    check_id(path, standard.id, standards);
    require_text(path, "title", standard.title);
    check_positive(path, "weight", standard.weight);
    check_sectors(field_path(path, "applies_to"), standard.applies_to);
    const auto criteria_path = field_path(path, "criteria");
    IdScope criteria("criterion"); // criteria ids are unique within their standard
    double criteria_weights = 0;
    for (std::size_t k = 0; k < standard.criteria.size(); ++k) {
        const auto& criterion = standard.criteria[k];
        const auto criterion_path = item_path(criteria_path, k);
        check_id(criterion_path, criterion.id, criteria);
        require_text(criterion_path, "text", criterion.text);
        check_positive(criterion_path, "weight", criterion.weight);
        criteria_weights += criterion.weight;
    }
    if (scoring.criteria_weight_total && !standard.criteria.empty() &&
        !totals_match(criteria_weights, *scoring.criteria_weight_total)) {
        report(criteria_path, "criteria weights of standard " + quote(standard.id) + " sum to " +
                                  format_number(criteria_weights) + ", expected " +
                                  format_number(*scoring.criteria_weight_total));
    }
}

void Validator::check_case_audit_tool(const CaseAuditTool& tool, const std::string& path) {
    require_text(path, "name", tool.name);
    require_text(path, "scale", tool.scale);
    check_reference(path, "scale", "scale", tool.scale, scale_ids_);
    const auto domains_path = field_path(path, "domains");
    if (tool.domains.empty()) {
        report(domains_path, "a case audit tool needs at least one domain");
    }
    IdScope domains("domain");
    for (std::size_t i = 0; i < tool.domains.size(); ++i) {
        const auto& domain = tool.domains[i];
        const auto domain_path = item_path(domains_path, i);
        check_id(domain_path, domain.id, domains);
        require_text(domain_path, "name", domain.name);
        check_positive(domain_path, "weight", domain.weight);
    }
    check_overall(tool.overall, field_path(path, "overall"), IdList(tool.domains));
}

void Validator::check_overall(const OverallGradeRule& overall, const std::string& path,
                              const IdList& domain_ids) {
    const auto method_path = field_path(path, "method");
    check_enum(method_path, overall.method);
    if (overall.method == OverallGradeMethod::holistic && !overall.rationale_required) {
        report_because(method_path, field_path(path, "rationale_required"),
                       "holistic overall grades need rationale_required: true");
    }
    const auto limiting_path = field_path(path, "limiting_domains");
    if (overall.method == OverallGradeMethod::limiting && overall.limiting_domains.empty()) {
        report(method_path, "limiting needs at least one limiting domain");
    }
    if (overall.method != OverallGradeMethod::limiting && !overall.limiting_domains.empty()) {
        report_because(method_path, limiting_path,
                       "limiting_domains apply only to the limiting method");
    }
    for (std::size_t i = 0; i < overall.limiting_domains.size(); ++i) {
        check_reference(item_path(limiting_path, i), "", "domain", overall.limiting_domains[i],
                        domain_ids);
    }
    check_rounding(field_path(path, "rounding"), overall.rounding);
}

// ---- calendars, timescales, indicators, programme --------------------------------------------

void Validator::check_calendars() {
    IdScope ids("calendar");
    for (std::size_t i = 0; i < definition_.calendars.size(); ++i) {
        const auto& calendar = definition_.calendars[i];
        const auto path = item_path("calendars", i);
        check_id(path, calendar.id, ids);
        check_enum(field_path(path, "holidays"), calendar.holidays);
        std::map<std::int32_t, std::string> first_paths;
        for (std::size_t k = 0; k < calendar.closures.size(); ++k) {
            const auto closure_path = item_path(field_path(path, "closures"), k);
            const Date closure = calendar.closures[k];
            check_date(closure_path, closure);
            const auto [place, inserted] = first_paths.try_emplace(closure.days, closure_path);
            if (!inserted) {
                report(closure_path, "duplicate closure date " + closure.to_string(),
                       place->second);
            }
        }
    }
}

void Validator::check_timescales() {
    IdScope ids("timescale");
    for (std::size_t i = 0; i < definition_.timescales.size(); ++i) {
        const auto& timescale = definition_.timescales[i];
        const auto path = item_path("timescales", i);
        check_id(path, timescale.id, ids);
        require_text(path, "name", timescale.name);
        check_positive(path, "length", timescale.length);
        check_enum(field_path(path, "unit"), timescale.unit);
        require_text(path, "start_event", timescale.start_event);
        check_event(path, "start_event", timescale.start_event);
        require_text(path, "end_event", timescale.end_event);
        check_event(path, "end_event", timescale.end_event);
        check_enum(field_path(path, "counting"), timescale.counting);
        check_enum(field_path(path, "within"), timescale.within);
        check_reference(path, "calendar", "calendar", timescale.calendar, calendar_ids_);
    }
}

void Validator::check_indicator(const Indicator& indicator, const std::string& path) {
    require_text(path, "label", indicator.label);
    check_enum(field_path(path, "unit"), indicator.unit);
    check_enum(field_path(path, "polarity"), indicator.polarity);
    const auto measure_path = field_path(path, "measure");
    check_measure(indicator.measure, measure_path);
    if (indicator.unit == IndicatorUnit::percentage && !suits_percentage(indicator.measure.kind)) {
        report_because(field_path(path, "unit"), field_path(measure_path, "kind"),
                       "a percentage indicator cannot use a " +
                           std::string(to_string(indicator.measure.kind)) + " measure");
    }
    check_enum(field_path(path, "period"), indicator.period);
    check_enum(field_path(path, "roll_up"), indicator.roll_up);
    check_target(indicator, path);
    for (std::size_t i = 0; i < indicator.comparators.size(); ++i) {
        check_comparator(indicator.comparators[i], item_path(field_path(path, "comparators"), i));
    }
    check_rounding(field_path(path, "rounding"), indicator.rounding);
    check_at_least(field_path(path, "suppression"), "suppress_up_to",
                   indicator.suppression.suppress_up_to, 0);
}

void Validator::check_measure(const Measure& measure, const std::string& path) {
    check_enum(field_path(path, "kind"), measure.kind);
    if (!is_known(measure.kind)) {
        return;
    }
    const auto kind = std::string(to_string(measure.kind));
    const auto kind_path = field_path(path, "kind");
    const auto uses = fields_of(measure.kind);
    // A field the kind needs must be set; a field it does not use must stay empty.
    const auto expect = [&](std::string_view key, bool used, bool present) {
        if (used && !present) {
            report_because(kind_path, path, kind + " measures need " + quote(key));
        } else if (!used && present) {
            report_because(kind_path, field_path(path, key),
                           quote(key) + " does not apply to " + kind + " measures");
        }
    };
    expect("event", uses.event, !measure.event.empty());
    expect("timescale", uses.timescale, !measure.timescale.empty());
    expect("start_event", uses.start_and_end, !measure.start_event.empty());
    expect("end_event", uses.start_and_end, !measure.end_event.empty());
    expect("window", uses.window, measure.window.has_value());
    expect("threshold", uses.threshold, measure.threshold.has_value());
    expect("numerator", uses.numerator_and_denominator, !measure.numerator.empty());
    expect("denominator", uses.numerator_and_denominator, !measure.denominator.empty());

    check_event(path, "event", measure.event);
    check_event(path, "start_event", measure.start_event);
    check_event(path, "end_event", measure.end_event);
    check_reference(path, "timescale", "timescale", measure.timescale, timescale_ids_);
    if (measure.window) {
        const auto window_path = field_path(path, "window");
        check_at_least(window_path, "length", measure.window->length, 0);
        check_enum(field_path(window_path, "unit"), measure.window->unit);
    }
    if (measure.threshold) {
        check_at_least(path, "threshold", *measure.threshold, 1);
    }
}

void Validator::check_target(const Indicator& indicator, const std::string& indicator_path) {
    const auto path = field_path(indicator_path, "target");
    const auto& target = indicator.target;
    if (target.value) {
        check_finite(path, "value", *target.value);
    }
    check_at_least(path, "amber_tolerance", target.amber_tolerance, 0);
    if (target.band_low) {
        check_finite(path, "band_low", *target.band_low);
    }
    if (target.band_high) {
        check_finite(path, "band_high", *target.band_high);
    }
    const bool has_band = target.band_low || target.band_high;
    if (indicator.polarity == Polarity::within_band) {
        if (!target.band_low || !target.band_high) {
            report(path, "within_band needs band_low and band_high");
        } else if (*target.band_low > *target.band_high) {
            report(field_path(path, "band_low"), "band_low must not exceed band_high");
        }
    } else if (has_band) {
        report_because(field_path(indicator_path, "polarity"),
                       field_path(path, target.band_low ? "band_low" : "band_high"),
                       "band_low and band_high apply only to within_band indicators");
    }
}

void Validator::check_comparator(const Comparator& comparator, const std::string& path) {
    check_enum(field_path(path, "series"), comparator.series);
    check_enum(field_path(path, "method"), comparator.method);
    std::map<std::string, std::string, std::less<>> first_paths;
    for (std::size_t i = 0; i < comparator.values.size(); ++i) {
        const auto& value = comparator.values[i];
        const auto value_path = item_path(field_path(path, "values"), i);
        require_text(value_path, "period", value.period);
        check_finite(value_path, "value", value.value);
        const auto period_path = field_path(value_path, "period");
        const auto [place, inserted] = first_paths.try_emplace(value.period, period_path);
        if (!inserted && !value.period.empty()) {
            report(period_path, "duplicate period " + quote(value.period), place->second);
        }
    }
}

void Validator::check_programme() {
    std::set<int> cohorts;
    for (const auto& agency : definition_.agencies) {
        if (agency.cohort) {
            cohorts.insert(*agency.cohort);
        }
    }
    IdScope ids("programme activity");
    for (std::size_t i = 0; i < definition_.programme.size(); ++i) {
        const auto& activity = definition_.programme[i];
        const auto path = item_path("programme", i);
        check_id(path, activity.id, ids);
        check_enum(field_path(path, "kind"), activity.kind);
        require_text(path, "tool", activity.tool);
        const auto kind_path = field_path(path, "kind");
        const bool audit = activity.kind == ActivityKind::case_audit;
        const auto& tools = audit ? case_audit_tool_ids_ : assessment_tool_ids_;
        if (!activity.tool.empty() && !tools.contains(activity.tool) && !full()) {
            report_because(kind_path, field_path(path, "tool"),
                           std::string(audit ? "case audit tool " : "assessment tool ") +
                               quote(activity.tool) + " is not defined" +
                               did_you_mean(activity.tool, tools.ordered()));
        }
        check_enum(field_path(path, "frequency"), activity.frequency);
        check_at_least(path, "per_cycle", activity.per_cycle, 1);
        if (activity.focus) {
            check_enum(field_path(path, "focus"), *activity.focus);
            if (!audit) {
                report_because(kind_path, field_path(path, "focus"),
                               "focus applies only to case audits");
            }
        }
        for (std::size_t k = 0; k < activity.rotation.size(); ++k) {
            if (!cohorts.contains(activity.rotation[k])) {
                report(item_path(field_path(path, "rotation"), k),
                       "rotation cohort " + std::to_string(activity.rotation[k]) +
                           " is not the cohort of any agency");
            }
        }
        check_reference(path, "owner", "governance body", activity.owner, body_ids_);
    }
}

} // namespace

void normalize(FrameworkDefinition& definition) {
    for (auto& tool : definition.assessment_tools) {
        sort_sectors(tool.applies_to);
        for (auto& section : tool.sections) {
            for (auto& standard : section.standards) {
                sort_sectors(standard.applies_to);
            }
        }
    }
}

std::vector<Problem> validate(const FrameworkDefinition& definition) {
    return Validator(definition).run();
}

} // namespace qaf::detail
