#include "framework/reader.hpp"

#include "framework/enums.hpp"
#include "framework/loader.hpp"
#include "framework/messages.hpp"
#include "framework/validate.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <span>
#include <sstream>

namespace qaf::detail {
namespace {

// Aliases let a small file name the same subtree many times; reading stops well before the
// expansion could exhaust memory. Real frameworks hold a few thousand values.
constexpr std::size_t max_values = 200'000;
// Enough to show everything wrong with a real file without a hostile one filling memory.
constexpr std::size_t max_problems = 1000;

struct TooManyValues {};

Position position_of(const YAML::Mark& mark) {
    if (mark.line < 0 || mark.column < 0) {
        return {};
    }
    return {mark.line + 1, mark.column + 1};
}

// A value being read: its node, where it starts and its path in the definition.
struct Value {
    YAML::Node node;
    YAML::Mark mark;
    std::string path;
};

std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return quote(node.Scalar());
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Map:
        return "a mapping";
    default:
        return "nothing";
    }
}

class Reader {
public:
    Reader(ReadResult& result, std::string file) : result_(result), file_(std::move(file)) {}

    void problem(const YAML::Mark& mark, const std::string& path, std::string message) {
        result_.reported_paths.push_back(path);
        if (result_.diagnostics.size() < max_problems) {
            const auto where = position_of(mark);
            result_.diagnostics.push_back(
                make_diagnostic(file_, where.line, where.column, std::move(message)));
        }
    }

    // Past the cap, problems are still noted (by path) but their messages, and the suggestions
    // in them, are not worth computing.
    bool wants_messages() const { return result_.diagnostics.size() < max_problems; }

    void expected(const Value& value, std::string_view what) {
        problem(value.mark, value.path,
                "expected " + std::string(what) + ", got " + describe(value.node));
    }

    void record(const std::string& path, const YAML::Mark& mark) {
        if (++values_ > max_values) {
            throw TooManyValues{};
        }
        result_.positions.insert_or_assign(path, position_of(mark));
    }

private:
    ReadResult& result_;
    std::string file_;
    std::size_t values_ = 0;
};

std::string with_article(std::string_view noun) {
    const bool vowel =
        !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

// ---- scalars ---------------------------------------------------------------------------------
// Each reader sets out and returns true, or reports the problem and leaves out unchanged.

// A null value (`key:` or `key: ~`) reads as an empty string: "absent" for optional text.
bool read_string(Reader& reader, const Value& value, std::string& out) {
    if (value.node.IsNull()) {
        out.clear();
        return true;
    }
    if (!value.node.IsScalar()) {
        reader.expected(value, "a string");
        return false;
    }
    // Every string must survive canonical JSON, which is UTF-8.
    if (!is_valid_utf8(value.node.Scalar())) {
        reader.problem(value.mark, value.path,
                       "expected UTF-8 text, got " + quote(value.node.Scalar()));
        return false;
    }
    out = value.node.Scalar();
    return true;
}

bool read_number(Reader& reader, const Value& value, double& out) {
    if (value.node.IsScalar()) {
        const std::string& text = value.node.Scalar();
        double number = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
        if (result.ec == std::errc() && result.ptr == text.data() + text.size() &&
            std::isfinite(number)) {
            out = number;
            return true;
        }
    }
    reader.expected(value, "a number");
    return false;
}

bool read_integer(Reader& reader, const Value& value, int& out) {
    if (value.node.IsScalar()) {
        const std::string& text = value.node.Scalar();
        int number = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
        if (result.ec == std::errc() && result.ptr == text.data() + text.size()) {
            out = number;
            return true;
        }
    }
    reader.expected(value, "an integer");
    return false;
}

bool read_bool(Reader& reader, const Value& value, bool& out) {
    if (value.node.IsScalar()) {
        const std::string& text = value.node.Scalar();
        if (text == "true" || text == "True" || text == "TRUE") {
            out = true;
            return true;
        }
        if (text == "false" || text == "False" || text == "FALSE") {
            out = false;
            return true;
        }
    }
    reader.problem(value.mark, value.path, "expected true or false, got " + describe(value.node));
    return false;
}

bool read_date(Reader& reader, const Value& value, Date& out) {
    if (value.node.IsScalar()) {
        const std::string& text = value.node.Scalar();
        try {
            out = Date::parse(text);
            return true;
        } catch (const InvalidArgument& error) {
            std::string message = "expected a date as YYYY-MM-DD, got " + quote(text);
            const std::string_view reason = error.what();
            if (!reason.starts_with("expected")) {
                message += " (" + std::string(reason) + ")";
            }
            reader.problem(value.mark, value.path, message);
            return false;
        }
    }
    reader.expected(value, "a date as YYYY-MM-DD");
    return false;
}

template <class Enum>
bool read_enum(Reader& reader, const Value& value, Enum& out) {
    const auto& info = enum_info<Enum>();
    if (!value.node.IsScalar()) {
        reader.expected(value, with_article(info.what));
        return false;
    }
    if (const auto parsed = parse_enum<Enum>(value.node.Scalar())) {
        out = *parsed;
        return true;
    }
    reader.problem(value.mark, value.path,
                   reader.wants_messages()
                       ? unknown_value_message(info.what, value.node.Scalar(), info.names)
                       : std::string());
    return false;
}

bool read_edition(Reader& reader, const Value& value, WorkingTogetherEdition& out) {
    int year = 0;
    if (!read_integer(reader, value, year)) {
        return false;
    }
    const auto edition = static_cast<WorkingTogetherEdition>(year);
    if (!is_known(edition)) {
        // Listed, never suggested: 2020 is not a typo of 2023.
        reader.problem(value.mark, value.path,
                       "unknown Working Together edition " + quote(value.node.Scalar()) +
                           "; expected one of: 2015, 2018, 2023");
        return false;
    }
    out = edition;
    return true;
}

// A sector name or a group of them ("health", "schools"...), appended to out.
bool read_sector_or_group(Reader& reader, const Value& value, SectorSet& out) {
    if (!value.node.IsScalar()) {
        reader.expected(value, "a sector");
        return false;
    }
    const std::string& name = value.node.Scalar();
    if (const auto sector = parse_enum<Sector>(name)) {
        out.push_back(*sector);
        return true;
    }
    const auto group = sector_group(name);
    if (!group.empty()) {
        out.insert(out.end(), group.begin(), group.end());
        return true;
    }
    if (!reader.wants_messages()) {
        reader.problem(value.mark, value.path, {});
        return false;
    }
    std::vector<std::string_view> valid(enum_info<Sector>().names.begin(),
                                        enum_info<Sector>().names.end());
    valid.insert(valid.end(), sector_group_names().begin(), sector_group_names().end());
    reader.problem(value.mark, value.path, unknown_value_message("sector", name, valid));
    return false;
}

// ---- mappings and lists -----------------------------------------------------------------------

enum class Need { optional, required };

bool is_reserved(std::string_view key, std::span<const std::string_view> reserved) {
    return std::find(reserved.begin(), reserved.end(), key) != reserved.end();
}

// One mapping of the file: reports unknown and repeated keys on construction, then reads
// fields by name.
class Fields {
public:
    Fields(Reader& reader, const Value& value, std::span<const std::string_view> keys,
           std::span<const std::string_view> reserved = {})
        : reader_(reader), value_(value) {
        if (!value.node.IsMap()) {
            reader.expected(value, "a mapping");
            return;
        }
        is_mapping_ = true;
        for (const auto& pair : value.node) {
            add_entry(pair.first, pair.second, keys, reserved);
        }
    }

    bool is_mapping() const { return is_mapping_; }

    // The value of key, recorded at its path; nullopt when absent (a problem when required)
    // or null in an optional field.
    std::optional<Value> find(std::string_view key, Need need) {
        if (!is_mapping_) {
            return std::nullopt;
        }
        const auto path = field_path(value_.path, key);
        for (const auto& entry : entries_) {
            if (entry.key == key) {
                // Null values have no useful mark of their own: point at the key.
                const auto mark = entry.value.IsNull() ? entry.key_mark : entry.value.Mark();
                reader_.record(path, mark);
                if (entry.value.IsNull() && need == Need::optional) {
                    return std::nullopt;
                }
                return Value{entry.value, mark, path};
            }
        }
        if (need == Need::required) {
            reader_.problem(value_.mark, path, "missing required key " + quote(key));
        }
        return std::nullopt;
    }

    template <class T, class ReadValue>
    void read(std::string_view key, T& out, ReadValue read_value, Need need = Need::optional) {
        if (const auto value = find(key, need)) {
            read_value(reader_, *value, out);
        }
    }

    template <class T, class ReadValue>
    void read_optional(std::string_view key, std::optional<T>& out, ReadValue read_value) {
        if (const auto value = find(key, Need::optional)) {
            T item{};
            if (read_value(reader_, *value, item)) {
                out = std::move(item);
            }
        }
    }

    // Every item is kept (a default one when unreadable) so that indices match the file.
    template <class T, class ReadItem>
    void list(std::string_view key, std::vector<T>& out, ReadItem read_item,
              Need need = Need::optional) {
        const auto value = find(key, need);
        if (!value) {
            return;
        }
        if (!value->node.IsSequence()) {
            reader_.expected(*value, "a list");
            return;
        }
        std::size_t index = 0;
        for (const auto& item : value->node) {
            const auto mark = item.IsNull() ? value->mark : item.Mark();
            Value item_value{item, mark, item_path(value->path, index++)};
            reader_.record(item_value.path, mark);
            T element{};
            read_item(reader_, item_value, element);
            out.push_back(std::move(element));
        }
    }

private:
    struct Entry {
        std::string key;
        YAML::Mark key_mark;
        YAML::Node value;
    };

    void add_entry(const YAML::Node& key_node, const YAML::Node& value,
                   std::span<const std::string_view> keys,
                   std::span<const std::string_view> reserved) {
        const auto mark = key_node.Mark();
        if (!key_node.IsScalar()) {
            reader_.problem(mark, value_.path, "expected a key, got " + describe(key_node));
            return;
        }
        const std::string& key = key_node.Scalar();
        const auto path = field_path(value_.path, key);
        if (is_reserved(key, reserved)) {
            reader_.problem(mark, path, quote(key) + " is reserved for a later schema version");
        } else if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            reader_.problem(mark, path,
                            reader_.wants_messages()
                                ? "unknown key " + quote(key) + did_you_mean(key, keys)
                                : std::string());
        } else if (std::any_of(entries_.begin(), entries_.end(),
                               [&](const Entry& entry) { return entry.key == key; })) {
            reader_.problem(mark, path, "duplicate key " + quote(key));
        } else {
            entries_.push_back({key, mark, value});
        }
    }

    Reader& reader_;
    Value value_;
    std::vector<Entry> entries_;
    bool is_mapping_ = false;
};

bool read_sectors(Reader& reader, const Value& value, SectorSet& out) {
    if (!value.node.IsSequence()) {
        reader.expected(value, "a list");
        return false;
    }
    std::size_t index = 0;
    for (const auto& item : value.node) {
        Value item_value{item, item.IsNull() ? value.mark : item.Mark(),
                         item_path(value.path, index++)};
        reader.record(item_value.path, item_value.mark);
        read_sector_or_group(reader, item_value, out);
    }
    return true;
}

// ---- the sections of a definition --------------------------------------------------------------

bool read_rounding(Reader& reader, const Value& value, Rounding& rounding) {
    static constexpr std::string_view keys[] = {"decimals", "mode"};
    Fields fields(reader, value, keys);
    fields.read("decimals", rounding.decimals, read_integer);
    fields.read("mode", rounding.mode, read_enum<RoundingMode>);
    return fields.is_mapping();
}

bool read_partner(Reader& reader, const Value& value, SafeguardingPartner& partner) {
    static constexpr std::string_view keys[] = {"agency", "lead", "delegate"};
    Fields fields(reader, value, keys);
    fields.read("agency", partner.agency, read_string, Need::required);
    fields.read("lead", partner.lead, read_string);
    fields.read("delegate", partner.delegate, read_string);
    return fields.is_mapping();
}

bool read_priority(Reader& reader, const Value& value, Priority& priority) {
    static constexpr std::string_view keys[] = {"id", "title"};
    Fields fields(reader, value, keys);
    fields.read("id", priority.id, read_string, Need::required);
    fields.read("title", priority.title, read_string, Need::required);
    return fields.is_mapping();
}

bool read_working_together(Reader& reader, const Value& value, Partnership& partnership) {
    static constexpr std::string_view keys[] = {"edition", "effective_from"};
    Fields fields(reader, value, keys);
    fields.read("edition", partnership.edition, read_edition, Need::required);
    fields.read_optional("effective_from", partnership.edition_effective_from, read_date);
    return fields.is_mapping();
}

bool read_partnership(Reader& reader, const Value& value, Partnership& partnership) {
    static constexpr std::string_view keys[] = {"name", "area", "working_together",
                                                "safeguarding_partners", "priorities"};
    Fields fields(reader, value, keys);
    fields.read("name", partnership.name, read_string, Need::required);
    fields.read("area", partnership.area, read_string);
    fields.read("working_together", partnership, read_working_together, Need::required);
    fields.list("safeguarding_partners", partnership.safeguarding_partners, read_partner);
    fields.list("priorities", partnership.priorities, read_priority);
    return fields.is_mapping();
}

bool read_body(Reader& reader, const Value& value, GovernanceBody& body) {
    static constexpr std::string_view keys[] = {"id",        "name",  "kind", "reports_to",
                                                "reporting", "meets", "chair"};
    Fields fields(reader, value, keys);
    fields.read("id", body.id, read_string, Need::required);
    fields.read("name", body.name, read_string, Need::required);
    fields.read("kind", body.kind, read_enum<BodyKind>, Need::required);
    fields.read("reports_to", body.reports_to, read_string);
    fields.read_optional("reporting", body.reporting, read_enum<Frequency>);
    fields.read_optional("meets", body.meets, read_enum<Frequency>);
    fields.read("chair", body.chair, read_string);
    return fields.is_mapping();
}

bool read_agency(Reader& reader, const Value& value, Agency& agency) {
    static constexpr std::string_view keys[] = {"id", "name", "sector", "status", "cohort"};
    Fields fields(reader, value, keys);
    fields.read("id", agency.id, read_string, Need::required);
    fields.read("name", agency.name, read_string, Need::required);
    fields.read("sector", agency.sector, read_enum<Sector>, Need::required);
    fields.read("status", agency.status, read_enum<PartnerStatus>);
    fields.read_optional("cohort", agency.cohort, read_integer);
    return fields.is_mapping();
}

bool read_level(Reader& reader, const Value& value, ScaleLevel& level) {
    static constexpr std::string_view keys[] = {"code", "label", "value", "colour"};
    Fields fields(reader, value, keys);
    fields.read("code", level.code, read_string, Need::required);
    fields.read("label", level.label, read_string, Need::required);
    fields.read("value", level.value, read_number, Need::required);
    fields.read("colour", level.colour, read_string);
    return fields.is_mapping();
}

bool read_not_applicable(Reader& reader, const Value& value, NotApplicableRule& rule) {
    static constexpr std::string_view keys[] = {"allowed", "code", "reason_required"};
    Fields fields(reader, value, keys);
    fields.read("allowed", rule.allowed, read_bool);
    fields.read("code", rule.code, read_string);
    fields.read("reason_required", rule.reason_required, read_bool);
    return fields.is_mapping();
}

bool read_scale(Reader& reader, const Value& value, RatingScale& scale) {
    static constexpr std::string_view keys[] = {"id", "name", "levels", "not_applicable"};
    Fields fields(reader, value, keys);
    fields.read("id", scale.id, read_string, Need::required);
    fields.read("name", scale.name, read_string, Need::required);
    fields.list("levels", scale.levels, read_level, Need::required);
    fields.read("not_applicable", scale.not_applicable, read_not_applicable);
    return fields.is_mapping();
}

bool read_scoring(Reader& reader, const Value& value, AssessmentScoring& scoring) {
    static constexpr std::string_view keys[] = {"standard", "agency", "rounding",
                                                "criteria_weight_total", "standard_weight_total"};
    Fields fields(reader, value, keys);
    fields.read("standard", scoring.standard, read_enum<ScoreMethod>);
    fields.read("agency", scoring.agency, read_enum<ScoreMethod>);
    fields.read("rounding", scoring.rounding, read_rounding);
    fields.read_optional("criteria_weight_total", scoring.criteria_weight_total, read_number);
    fields.read_optional("standard_weight_total", scoring.standard_weight_total, read_number);
    return fields.is_mapping();
}

bool read_criterion(Reader& reader, const Value& value, Criterion& criterion) {
    static constexpr std::string_view keys[] = {"id", "text", "weight"};
    Fields fields(reader, value, keys);
    fields.read("id", criterion.id, read_string, Need::required);
    fields.read("text", criterion.text, read_string, Need::required);
    fields.read("weight", criterion.weight, read_number);
    return fields.is_mapping();
}

bool read_standard(Reader& reader, const Value& value, Standard& standard) {
    static constexpr std::string_view keys[] = {"id",         "title",    "description", "weight",
                                                "applies_to", "evidence", "criteria"};
    Fields fields(reader, value, keys);
    fields.read("id", standard.id, read_string, Need::required);
    fields.read("title", standard.title, read_string, Need::required);
    fields.read("description", standard.description, read_string);
    fields.read("weight", standard.weight, read_number);
    fields.read("applies_to", standard.applies_to, read_sectors);
    fields.list("evidence", standard.evidence, read_string);
    fields.list("criteria", standard.criteria, read_criterion);
    return fields.is_mapping();
}

bool read_section(Reader& reader, const Value& value, ToolSection& section) {
    static constexpr std::string_view keys[] = {"id", "name", "standards"};
    Fields fields(reader, value, keys);
    fields.read("id", section.id, read_string, Need::required);
    fields.read("name", section.name, read_string, Need::required);
    fields.list("standards", section.standards, read_standard, Need::required);
    return fields.is_mapping();
}

bool read_assessment_tool(Reader& reader, const Value& value, AssessmentTool& tool) {
    static constexpr std::string_view keys[] = {"id",         "name",      "kind",    "scale",
                                                "applies_to", "moderated", "scoring", "sections"};
    Fields fields(reader, value, keys);
    fields.read("id", tool.id, read_string, Need::required);
    fields.read("name", tool.name, read_string, Need::required);
    fields.read("kind", tool.kind, read_enum<AssessmentKind>, Need::required);
    fields.read("scale", tool.scale, read_string, Need::required);
    fields.read("applies_to", tool.applies_to, read_sectors);
    fields.read("moderated", tool.moderated, read_bool);
    fields.read("scoring", tool.scoring, read_scoring);
    fields.list("sections", tool.sections, read_section, Need::required);
    return fields.is_mapping();
}

bool read_domain(Reader& reader, const Value& value, AuditDomain& domain) {
    static constexpr std::string_view keys[] = {"id", "name", "question", "weight"};
    Fields fields(reader, value, keys);
    fields.read("id", domain.id, read_string, Need::required);
    fields.read("name", domain.name, read_string, Need::required);
    fields.read("question", domain.question, read_string);
    fields.read("weight", domain.weight, read_number);
    return fields.is_mapping();
}

bool read_overall(Reader& reader, const Value& value, OverallGradeRule& overall) {
    static constexpr std::string_view keys[] = {"method", "limiting_domains", "rationale_required",
                                                "rounding"};
    Fields fields(reader, value, keys);
    fields.read("method", overall.method, read_enum<OverallGradeMethod>);
    fields.list("limiting_domains", overall.limiting_domains, read_string);
    fields.read("rationale_required", overall.rationale_required, read_bool);
    fields.read("rounding", overall.rounding, read_rounding);
    return fields.is_mapping();
}

bool read_case_audit_tool(Reader& reader, const Value& value, CaseAuditTool& tool) {
    static constexpr std::string_view keys[] = {"id", "name", "scale", "domains", "overall"};
    Fields fields(reader, value, keys);
    fields.read("id", tool.id, read_string, Need::required);
    fields.read("name", tool.name, read_string, Need::required);
    fields.read("scale", tool.scale, read_string, Need::required);
    fields.list("domains", tool.domains, read_domain, Need::required);
    fields.read("overall", tool.overall, read_overall);
    return fields.is_mapping();
}

bool read_calendar(Reader& reader, const Value& value, CalendarDefinition& calendar) {
    static constexpr std::string_view keys[] = {"id", "holidays", "closures"};
    Fields fields(reader, value, keys);
    fields.read("id", calendar.id, read_string, Need::required);
    fields.read("holidays", calendar.holidays, read_enum<HolidaySet>);
    fields.list("closures", calendar.closures, read_date);
    return fields.is_mapping();
}

bool read_timescale(Reader& reader, const Value& value, Timescale& timescale) {
    static constexpr std::string_view keys[] = {"id",       "name",        "length",
                                                "unit",     "start_event", "end_event",
                                                "counting", "within",      "calendar"};
    Fields fields(reader, value, keys);
    fields.read("id", timescale.id, read_string, Need::required);
    fields.read("name", timescale.name, read_string, Need::required);
    fields.read("length", timescale.length, read_integer, Need::required);
    fields.read("unit", timescale.unit, read_enum<TimeUnit>, Need::required);
    fields.read("start_event", timescale.start_event, read_string, Need::required);
    fields.read("end_event", timescale.end_event, read_string, Need::required);
    fields.read("counting", timescale.counting, read_enum<DayCounting>);
    fields.read("within", timescale.within, read_enum<WithinRule>);
    fields.read("calendar", timescale.calendar, read_string);
    return fields.is_mapping();
}

bool read_window(Reader& reader, const Value& value, Window& window) {
    static constexpr std::string_view keys[] = {"length", "unit"};
    Fields fields(reader, value, keys);
    fields.read("length", window.length, read_integer, Need::required);
    fields.read("unit", window.unit, read_enum<TimeUnit>, Need::required);
    return fields.is_mapping();
}

bool read_measure(Reader& reader, const Value& value, Measure& measure) {
    static constexpr std::string_view keys[] = {"kind",        "event",     "timescale",
                                                "start_event", "end_event", "window",
                                                "threshold",   "numerator", "denominator"};
    Fields fields(reader, value, keys);
    fields.read("kind", measure.kind, read_enum<MeasureKind>, Need::required);
    fields.read("event", measure.event, read_string);
    fields.read("timescale", measure.timescale, read_string);
    fields.read("start_event", measure.start_event, read_string);
    fields.read("end_event", measure.end_event, read_string);
    fields.read_optional("window", measure.window, read_window);
    fields.read_optional("threshold", measure.threshold, read_integer);
    fields.read("numerator", measure.numerator, read_string);
    fields.read("denominator", measure.denominator, read_string);
    return fields.is_mapping();
}

bool read_target(Reader& reader, const Value& value, Target& target) {
    static constexpr std::string_view keys[] = {"value", "amber_tolerance", "band_low",
                                                "band_high"};
    Fields fields(reader, value, keys);
    fields.read_optional("value", target.value, read_number);
    fields.read("amber_tolerance", target.amber_tolerance, read_number);
    fields.read_optional("band_low", target.band_low, read_number);
    fields.read_optional("band_high", target.band_high, read_number);
    return fields.is_mapping();
}

bool read_comparator_value(Reader& reader, const Value& value, ComparatorValue& out) {
    static constexpr std::string_view keys[] = {"period", "value"};
    Fields fields(reader, value, keys);
    fields.read("period", out.period, read_string, Need::required);
    fields.read("value", out.value, read_number, Need::required);
    return fields.is_mapping();
}

bool read_comparator(Reader& reader, const Value& value, Comparator& comparator) {
    static constexpr std::string_view keys[] = {"series", "method", "source", "values"};
    Fields fields(reader, value, keys);
    fields.read("series", comparator.series, read_enum<ComparatorSeries>, Need::required);
    fields.read("method", comparator.method, read_enum<ComparatorMethod>);
    fields.read("source", comparator.source, read_string);
    fields.list("values", comparator.values, read_comparator_value);
    return fields.is_mapping();
}

bool read_suppression(Reader& reader, const Value& value, Suppression& suppression) {
    static constexpr std::string_view keys[] = {"suppress_up_to", "secondary"};
    Fields fields(reader, value, keys);
    fields.read("suppress_up_to", suppression.suppress_up_to, read_integer);
    fields.read("secondary", suppression.secondary, read_bool);
    return fields.is_mapping();
}

bool read_indicator(Reader& reader, const Value& value, Indicator& indicator) {
    static constexpr std::string_view keys[] = {
        "id",     "label",   "description", "unit",        "polarity", "measure",
        "period", "roll_up", "target",      "comparators", "rounding", "suppression"};
    Fields fields(reader, value, keys);
    fields.read("id", indicator.id, read_string, Need::required);
    fields.read("label", indicator.label, read_string, Need::required);
    fields.read("description", indicator.description, read_string);
    fields.read("unit", indicator.unit, read_enum<IndicatorUnit>, Need::required);
    fields.read("polarity", indicator.polarity, read_enum<Polarity>, Need::required);
    fields.read("measure", indicator.measure, read_measure, Need::required);
    fields.read("period", indicator.period, read_enum<PeriodType>);
    fields.read("roll_up", indicator.roll_up, read_enum<RollUp>);
    fields.read("target", indicator.target, read_target);
    fields.list("comparators", indicator.comparators, read_comparator);
    fields.read("rounding", indicator.rounding, read_rounding);
    fields.read("suppression", indicator.suppression, read_suppression);
    return fields.is_mapping();
}

bool read_activity(Reader& reader, const Value& value, ProgrammeActivity& activity) {
    static constexpr std::string_view keys[] = {"id",        "kind",  "tool",     "frequency",
                                                "per_cycle", "focus", "rotation", "owner"};
    Fields fields(reader, value, keys);
    fields.read("id", activity.id, read_string, Need::required);
    fields.read("kind", activity.kind, read_enum<ActivityKind>, Need::required);
    fields.read("tool", activity.tool, read_string, Need::required);
    fields.read("frequency", activity.frequency, read_enum<Frequency>, Need::required);
    fields.read("per_cycle", activity.per_cycle, read_integer);
    fields.read_optional("focus", activity.focus, read_enum<AuditFocus>);
    fields.list("rotation", activity.rotation, read_integer);
    fields.read("owner", activity.owner, read_string);
    return fields.is_mapping();
}

// A version this qaf cannot read stops everything: the rest of the file follows other rules.
void read_schema_version(Reader& reader, Fields& fields, const std::string& source_name,
                         FrameworkDefinition& definition) {
    const auto value = fields.find("schema_version", Need::required);
    if (!value || !read_integer(reader, *value, definition.schema_version)) {
        return;
    }
    if (definition.schema_version != framework_schema_version) {
        const auto where = position_of(value->mark);
        throw_framework_error(Status::unsupported_version, source_name, where.line, where.column,
                              "unsupported schema_version " +
                                  std::to_string(definition.schema_version) + " (this qaf reads " +
                                  std::to_string(framework_schema_version) + ")");
    }
}

void read_definition(Reader& reader, const Value& root, const std::string& source_name,
                     FrameworkDefinition& definition) {
    static constexpr std::string_view keys[] = {
        "schema_version",   "id",         "name",       "description", "source",
        "partnership",      "governance", "agencies",   "scales",      "assessment_tools",
        "case_audit_tools", "calendars",  "timescales", "indicators",  "programme"};
    static constexpr std::string_view reserved[] = {"escalation", "actions"};
    Fields fields(reader, root, keys, reserved);
    if (!fields.is_mapping()) {
        return;
    }
    read_schema_version(reader, fields, source_name, definition);
    fields.read("id", definition.id, read_string, Need::required);
    fields.read("name", definition.name, read_string, Need::required);
    fields.read("description", definition.description, read_string);
    fields.read("source", definition.source, read_string);
    fields.read("partnership", definition.partnership, read_partnership, Need::required);
    fields.list("governance", definition.governance, read_body);
    fields.list("agencies", definition.agencies, read_agency);
    fields.list("scales", definition.scales, read_scale);
    fields.list("assessment_tools", definition.assessment_tools, read_assessment_tool);
    fields.list("case_audit_tools", definition.case_audit_tools, read_case_audit_tool);
    fields.list("calendars", definition.calendars, read_calendar);
    fields.list("timescales", definition.timescales, read_timescale);
    fields.list("indicators", definition.indicators, read_indicator);
    fields.list("programme", definition.programme, read_activity);
}

[[noreturn]] void throw_syntax_error(const std::string& source_name, const YAML::Mark& mark,
                                     const std::string& message) {
    const auto where = position_of(mark);
    throw_framework_error(Status::parse_error, source_name, where.line, where.column,
                          "invalid YAML: " + message);
}

// Counts documents without building nodes.
class DocumentCounter : public YAML::EventHandler {
public:
    int documents = 0;
    YAML::Mark second_start = YAML::Mark::null_mark();

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents == 2) {
            second_start = mark;
        }
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// Only a line starting with a document marker can begin a second document.
bool may_hold_more_documents(std::string_view text) {
    for (std::size_t start = 0; start < text.size();) {
        const auto line = text.substr(start, 3);
        if (line == "---" || line == "...") {
            return true;
        }
        const auto end = text.find('\n', start);
        start = end == std::string_view::npos ? text.size() : end + 1;
    }
    return false;
}

void require_one_document(const std::string& text, const std::string& source_name) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    for (int document = 0; document < 2 && parser.HandleNextDocument(counter); ++document) {
    }
    if (counter.documents > 1) {
        throw_syntax_error(source_name, counter.second_start,
                           "a framework file holds one YAML document, this one holds more");
    }
}

// The first document only: YAML::LoadAll loops forever on some malformed inputs (yaml-cpp 0.7
// keeps producing empty documents until memory runs out).
YAML::Node parse_document(std::string_view text, const std::string& source_name) {
    try {
        const std::string copy(text);
        YAML::Node root = YAML::Load(copy);
        if (may_hold_more_documents(text)) {
            require_one_document(copy, source_name);
        }
        return root;
    } catch (const YAML::DeepRecursion& error) {
        throw_syntax_error(source_name, error.mark, "nested too deeply");
    } catch (const YAML::Exception& error) {
        throw_syntax_error(source_name, error.mark, error.msg);
    }
}

} // namespace

ReadResult read_framework(std::string_view text, const std::string& source_name) {
    const YAML::Node root = parse_document(text, source_name);
    ReadResult result;
    Reader reader(result, source_name);
    const YAML::Mark start = root.IsNull() ? YAML::Mark() : root.Mark();
    const Value value{root, start, ""};
    try {
        reader.record("", start);
        read_definition(reader, value, source_name, result.definition);
    } catch (const TooManyValues&) {
        throw_framework_error(Status::validation_error, source_name, 0, 0,
                              "the definition holds more than " + std::to_string(max_values) +
                                  " values once aliases are expanded");
    } catch (const YAML::Exception& error) {
        throw_syntax_error(source_name, error.mark, error.msg);
    }
    return result;
}

} // namespace qaf::detail
