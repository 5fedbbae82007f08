// Canonical JSON (docs/framework-format.md#canonical-json): keys in the order of the format
// page, every field written, absent optional values as null, two-space indent.
#include "qaf/framework.hpp"

#include "framework/messages.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

QAF_BEGIN_NAMESPACE

namespace {

// A JSON text built left to right; the writer tracks commas and indentation.
class JsonWriter {
public:
    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view name) {
        before_value();
        write_string(name);
        out_ += ": ";
        after_key_ = true;
    }

    void string(std::string_view text) {
        before_value();
        write_string(text);
    }
    void number(double value) {
        before_value();
        out_ += std::isfinite(value) ? detail::format_number(value) : "null";
    }
    void integer(long long value) {
        before_value();
        out_ += std::to_string(value);
    }
    void boolean(bool value) {
        before_value();
        out_ += value ? "true" : "false";
    }
    void null() {
        before_value();
        out_ += "null";
    }

    std::string finish() {
        out_ += '\n';
        return std::move(out_);
    }

private:
    struct Level {
        char close;
        bool empty = true;
    };

    void open(char bracket) {
        before_value();
        out_ += bracket;
        levels_.push_back({bracket == '{' ? '}' : ']'});
    }

    void close(char bracket) {
        const bool empty = levels_.back().empty;
        levels_.pop_back();
        if (!empty) {
            newline();
        }
        out_ += bracket;
    }

    void before_value() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty()) {
            return;
        }
        if (!levels_.back().empty) {
            out_ += ',';
        }
        levels_.back().empty = false;
        newline();
    }

    void newline() {
        out_ += '\n';
        out_.append(2 * levels_.size(), ' ');
    }

    // Escapes what JSON (and YAML, which reads it back) requires; valid UTF-8 passes through.
    // Files are checked to be UTF-8 on load; bytes that are not (a definition built in code)
    // become U+FFFD.
    void write_string(std::string_view text) {
        out_ += '"';
        for (std::size_t i = 0; i < text.size();) {
            const char c = text[i];
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x80) {
                const std::size_t length = detail::utf8_sequence_length(text, i);
                out_ += length ? text.substr(i, length) : "\xEF\xBF\xBD";
                i += length ? length : 1;
                continue;
            }
            switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\r':
                out_ += "\\r";
                break;
            case '\t':
                out_ += "\\t";
                break;
            default:
                if (byte < 0x20 || byte == 0x7F) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
                    out_ += escaped;
                } else {
                    out_ += c;
                }
            }
            ++i;
        }
        out_ += '"';
    }

    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

// ---- field helpers ----------------------------------------------------------------------------

void field(JsonWriter& json, std::string_view key, std::string_view text) {
    json.key(key);
    json.string(text);
}

void field(JsonWriter& json, std::string_view key, double value) {
    json.key(key);
    json.number(value);
}

void integer_field(JsonWriter& json, std::string_view key, long long value) {
    json.key(key);
    json.integer(value);
}

void bool_field(JsonWriter& json, std::string_view key, bool value) {
    json.key(key);
    json.boolean(value);
}

template <class Enum>
void enum_field(JsonWriter& json, std::string_view key, Enum value) {
    field(json, key, to_string(value));
}

template <class T, class Write>
void optional_field(JsonWriter& json, std::string_view key, const std::optional<T>& value,
                    Write write) {
    json.key(key);
    if (value) {
        write(*value);
    } else {
        json.null();
    }
}

template <class Items, class Write>
void list_field(JsonWriter& json, std::string_view key, const Items& items, Write write) {
    json.key(key);
    json.begin_array();
    for (const auto& item : items) {
        write(json, item);
    }
    json.end_array();
}

void write_text(JsonWriter& json, const std::string& text) {
    json.string(text);
}

void write_sector(JsonWriter& json, Sector sector) {
    json.string(to_string(sector));
}

void write_date(JsonWriter& json, Date date) {
    json.string(date.to_string());
}

void write_rounding(JsonWriter& json, std::string_view key, const Rounding& rounding) {
    json.key(key);
    json.begin_object();
    integer_field(json, "decimals", rounding.decimals);
    enum_field(json, "mode", rounding.mode);
    json.end_object();
}

// ---- sections -----------------------------------------------------------------------------------

void write_partnership(JsonWriter& json, const Partnership& partnership) {
    json.key("partnership");
    json.begin_object();
    field(json, "name", partnership.name);
    field(json, "area", partnership.area);
    json.key("working_together");
    json.begin_object();
    integer_field(json, "edition", static_cast<int>(partnership.edition));
    optional_field(json, "effective_from", partnership.edition_effective_from,
                   [&](Date date) { write_date(json, date); });
    json.end_object();
    list_field(json, "safeguarding_partners", partnership.safeguarding_partners,
               [](JsonWriter& out, const SafeguardingPartner& partner) {
                   out.begin_object();
                   field(out, "agency", partner.agency);
                   field(out, "lead", partner.lead);
                   field(out, "delegate", partner.delegate);
                   out.end_object();
               });
    list_field(json, "priorities", partnership.priorities,
               [](JsonWriter& out, const Priority& priority) {
                   out.begin_object();
                   field(out, "id", priority.id);
                   field(out, "title", priority.title);
                   out.end_object();
               });
    json.end_object();
}

void write_body(JsonWriter& json, const GovernanceBody& body) {
    json.begin_object();
    field(json, "id", body.id);
    field(json, "name", body.name);
    enum_field(json, "kind", body.kind);
    field(json, "reports_to", body.reports_to);
    const auto write_frequency = [&](Frequency frequency) { json.string(to_string(frequency)); };
    optional_field(json, "reporting", body.reporting, write_frequency);
    optional_field(json, "meets", body.meets, write_frequency);
    field(json, "chair", body.chair);
    json.end_object();
}

void write_agency(JsonWriter& json, const Agency& agency) {
    json.begin_object();
    field(json, "id", agency.id);
    field(json, "name", agency.name);
    enum_field(json, "sector", agency.sector);
    enum_field(json, "status", agency.status);
    optional_field(json, "cohort", agency.cohort, [&](int cohort) { json.integer(cohort); });
    json.end_object();
}

void write_scale(JsonWriter& json, const RatingScale& scale) {
    json.begin_object();
    field(json, "id", scale.id);
    field(json, "name", scale.name);
    list_field(json, "levels", scale.levels, [](JsonWriter& out, const ScaleLevel& level) {
        out.begin_object();
        field(out, "code", level.code);
        field(out, "label", level.label);
        field(out, "value", level.value);
        field(out, "colour", level.colour);
        out.end_object();
    });
    json.key("not_applicable");
    json.begin_object();
    bool_field(json, "allowed", scale.not_applicable.allowed);
    field(json, "code", scale.not_applicable.code);
    bool_field(json, "reason_required", scale.not_applicable.reason_required);
    json.end_object();
    json.end_object();
}

void write_standard(JsonWriter& json, const Standard& standard) {
    json.begin_object();
    field(json, "id", standard.id);
    field(json, "title", standard.title);
    field(json, "description", standard.description);
    field(json, "weight", standard.weight);
    list_field(json, "applies_to", standard.applies_to, write_sector);
    list_field(json, "evidence", standard.evidence, write_text);
    list_field(json, "criteria", standard.criteria, [](JsonWriter& out, const Criterion& item) {
        out.begin_object();
        field(out, "id", item.id);
        field(out, "text", item.text);
        field(out, "weight", item.weight);
        out.end_object();
    });
    json.end_object();
}

void write_assessment_tool(JsonWriter& json, const AssessmentTool& tool) {
    json.begin_object();
    field(json, "id", tool.id);
    field(json, "name", tool.name);
    enum_field(json, "kind", tool.kind);
    field(json, "scale", tool.scale);
    list_field(json, "applies_to", tool.applies_to, write_sector);
    bool_field(json, "moderated", tool.moderated);
    json.key("scoring");
    json.begin_object();
    enum_field(json, "standard", tool.scoring.standard);
    enum_field(json, "agency", tool.scoring.agency);
    write_rounding(json, "rounding", tool.scoring.rounding);
    const auto write_number = [&](double value) { json.number(value); };
    optional_field(json, "criteria_weight_total", tool.scoring.criteria_weight_total, write_number);
    optional_field(json, "standard_weight_total", tool.scoring.standard_weight_total, write_number);
    json.end_object();
    list_field(json, "sections", tool.sections, [](JsonWriter& out, const ToolSection& section) {
        out.begin_object();
        field(out, "id", section.id);
        field(out, "name", section.name);
        list_field(out, "standards", section.standards, write_standard);
        out.end_object();
    });
    json.end_object();
}

void write_case_audit_tool(JsonWriter& json, const CaseAuditTool& tool) {
    json.begin_object();
    field(json, "id", tool.id);
    field(json, "name", tool.name);
    field(json, "scale", tool.scale);
    list_field(json, "domains", tool.domains, [](JsonWriter& out, const AuditDomain& domain) {
        out.begin_object();
        field(out, "id", domain.id);
        field(out, "name", domain.name);
        field(out, "question", domain.question);
        field(out, "weight", domain.weight);
        out.end_object();
    });
    json.key("overall");
    json.begin_object();
    enum_field(json, "method", tool.overall.method);
    list_field(json, "limiting_domains", tool.overall.limiting_domains, write_text);
    bool_field(json, "rationale_required", tool.overall.rationale_required);
    write_rounding(json, "rounding", tool.overall.rounding);
    json.end_object();
    json.end_object();
}

void write_calendar(JsonWriter& json, const CalendarDefinition& calendar) {
    json.begin_object();
    field(json, "id", calendar.id);
    enum_field(json, "holidays", calendar.holidays);
    list_field(json, "closures", calendar.closures, write_date);
    json.end_object();
}

void write_timescale(JsonWriter& json, const Timescale& timescale) {
    json.begin_object();
    field(json, "id", timescale.id);
    field(json, "name", timescale.name);
    integer_field(json, "length", timescale.length);
    enum_field(json, "unit", timescale.unit);
    field(json, "start_event", timescale.start_event);
    field(json, "end_event", timescale.end_event);
    enum_field(json, "counting", timescale.counting);
    enum_field(json, "within", timescale.within);
    field(json, "calendar", timescale.calendar);
    json.end_object();
}

void write_measure(JsonWriter& json, const Measure& measure) {
    json.key("measure");
    json.begin_object();
    enum_field(json, "kind", measure.kind);
    field(json, "event", measure.event);
    field(json, "timescale", measure.timescale);
    field(json, "start_event", measure.start_event);
    field(json, "end_event", measure.end_event);
    optional_field(json, "window", measure.window, [&](const Window& window) {
        json.begin_object();
        integer_field(json, "length", window.length);
        enum_field(json, "unit", window.unit);
        json.end_object();
    });
    optional_field(json, "threshold", measure.threshold,
                   [&](int threshold) { json.integer(threshold); });
    field(json, "numerator", measure.numerator);
    field(json, "denominator", measure.denominator);
    json.end_object();
}

void write_comparator(JsonWriter& json, const Comparator& comparator) {
    json.begin_object();
    enum_field(json, "series", comparator.series);
    enum_field(json, "method", comparator.method);
    field(json, "source", comparator.source);
    list_field(json, "values", comparator.values, [](JsonWriter& out, const ComparatorValue& item) {
        out.begin_object();
        field(out, "period", item.period);
        field(out, "value", item.value);
        out.end_object();
    });
    json.end_object();
}

void write_indicator(JsonWriter& json, const Indicator& indicator) {
    json.begin_object();
    field(json, "id", indicator.id);
    field(json, "label", indicator.label);
    field(json, "description", indicator.description);
    enum_field(json, "unit", indicator.unit);
    enum_field(json, "polarity", indicator.polarity);
    write_measure(json, indicator.measure);
    enum_field(json, "period", indicator.period);
    enum_field(json, "roll_up", indicator.roll_up);
    json.key("target");
    json.begin_object();
    const auto write_number = [&](double value) { json.number(value); };
    optional_field(json, "value", indicator.target.value, write_number);
    field(json, "amber_tolerance", indicator.target.amber_tolerance);
    optional_field(json, "band_low", indicator.target.band_low, write_number);
    optional_field(json, "band_high", indicator.target.band_high, write_number);
    json.end_object();
    list_field(json, "comparators", indicator.comparators, write_comparator);
    write_rounding(json, "rounding", indicator.rounding);
    json.key("suppression");
    json.begin_object();
    integer_field(json, "suppress_up_to", indicator.suppression.suppress_up_to);
    bool_field(json, "secondary", indicator.suppression.secondary);
    json.end_object();
    json.end_object();
}

void write_activity(JsonWriter& json, const ProgrammeActivity& activity) {
    json.begin_object();
    field(json, "id", activity.id);
    enum_field(json, "kind", activity.kind);
    field(json, "tool", activity.tool);
    enum_field(json, "frequency", activity.frequency);
    integer_field(json, "per_cycle", activity.per_cycle);
    optional_field(json, "focus", activity.focus,
                   [&](AuditFocus focus) { json.string(to_string(focus)); });
    list_field(json, "rotation", activity.rotation,
               [](JsonWriter& out, int cohort) { out.integer(cohort); });
    field(json, "owner", activity.owner);
    json.end_object();
}

} // namespace

std::string Framework::to_json() const {
    const auto& definition = *definition_;
    JsonWriter json;
    json.begin_object();
    integer_field(json, "schema_version", definition.schema_version);
    field(json, "id", definition.id);
    field(json, "name", definition.name);
    field(json, "description", definition.description);
    field(json, "source", definition.source);
    write_partnership(json, definition.partnership);
    list_field(json, "governance", definition.governance, write_body);
    list_field(json, "agencies", definition.agencies, write_agency);
    list_field(json, "scales", definition.scales, write_scale);
    list_field(json, "assessment_tools", definition.assessment_tools, write_assessment_tool);
    list_field(json, "case_audit_tools", definition.case_audit_tools, write_case_audit_tool);
    list_field(json, "calendars", definition.calendars, write_calendar);
    list_field(json, "timescales", definition.timescales, write_timescale);
    list_field(json, "indicators", definition.indicators, write_indicator);
    list_field(json, "programme", definition.programme, write_activity);
    json.end_object();
    return json.finish();
}

QAF_END_NAMESPACE
