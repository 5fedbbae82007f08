// qaf._core.Framework: loading and the framework's contents as plain Python data. Tables come
// back as {column: list} dicts in a fixed column order; python/qaf/framework.py turns them into
// pandas DataFrames (so that pandas is imported only when a table is asked for).
#include "bindings.hpp"
#include "date_caster.hpp"

#include "qaf/framework.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace qaf::python {

namespace {

// The columns of one table, filled row by row.
class Columns {
public:
    Columns(std::initializer_list<const char*> names) : names_(names), lists_(names.size()) {}

    template <class... Values>
    void add_row(const Values&... values) {
        static_assert(sizeof...(Values) > 0);
        if (sizeof...(Values) != lists_.size()) {
            throw std::logic_error("row width differs from the column count");
        }
        std::size_t column = 0;
        (lists_[column++].append(py::cast(values)), ...);
    }

    py::dict to_dict() const {
        py::dict table;
        for (std::size_t column = 0; column < names_.size(); ++column) {
            table[names_[column]] = lists_[column];
        }
        return table;
    }

private:
    std::vector<const char*> names_;
    std::vector<py::list> lists_;
};

// Enum values as their file names; absent optional values become None.
template <class Enum>
std::string name_of(Enum value) {
    return std::string(to_string(value));
}

template <class Enum>
std::optional<std::string> name_of(const std::optional<Enum>& value) {
    return value ? std::optional<std::string>(name_of(*value)) : std::nullopt;
}

// A reference to another item; empty (meaning "none" or "the default") becomes None.
std::optional<std::string> reference(const std::string& id) {
    return id.empty() ? std::nullopt : std::optional<std::string>(id);
}

std::vector<std::string> sector_names(const SectorSet& sectors) {
    std::vector<std::string> names;
    for (auto sector : sectors) {
        names.push_back(name_of(sector));
    }
    return names;
}

// Empty sector lists mean "every sector" (standards: their tool's list first).
SectorSet resolve_sectors(const SectorSet& own, const SectorSet& inherited = {}) {
    if (!own.empty()) {
        return own;
    }
    if (!inherited.empty()) {
        return inherited;
    }
    SectorSet all;
    for (int value = 0; value <= static_cast<int>(Sector::other); ++value) {
        all.push_back(static_cast<Sector>(value));
    }
    return all;
}

template <class Item, class Field>
auto collect(const std::vector<Item>& items, Field field) {
    std::vector<std::decay_t<decltype(items.front().*field)>> values;
    for (const auto& item : items) {
        values.push_back(item.*field);
    }
    return values;
}

// ---- partnership and governance -------------------------------------------------------------

py::dict partnership_of(const Framework& framework) {
    const auto& partnership = framework.definition().partnership;
    py::list partners;
    for (const auto& partner : partnership.safeguarding_partners) {
        partners.append(py::dict(py::arg("agency") = partner.agency, py::arg("lead") = partner.lead,
                                 py::arg("delegate") = partner.delegate));
    }
    py::list priorities;
    for (const auto& priority : partnership.priorities) {
        priorities.append(py::dict(py::arg("id") = priority.id, py::arg("title") = priority.title));
    }
    return py::dict(py::arg("name") = partnership.name, py::arg("area") = partnership.area,
                    py::arg("working_together") = static_cast<int>(partnership.edition),
                    py::arg("effective_from") = partnership.edition_effective_from,
                    py::arg("safeguarding_partners") = partners,
                    py::arg("priorities") = priorities);
}

py::dict governance_table(const Framework& framework) {
    Columns table{"id", "name", "kind", "reports_to", "reporting", "meets", "chair"};
    for (const auto& body : framework.definition().governance) {
        table.add_row(body.id, body.name, name_of(body.kind), reference(body.reports_to),
                      name_of(body.reporting), name_of(body.meets), body.chair);
    }
    return table.to_dict();
}

std::vector<std::string> reporting_chain_ids(const Framework& framework, std::string_view body) {
    std::vector<std::string> ids;
    for (const auto* link : framework.reporting_chain(body)) {
        ids.push_back(link->id);
    }
    return ids;
}

// ---- agencies and scales ---------------------------------------------------------------------

py::dict agencies_table(const Framework& framework) {
    Columns table{"id", "name", "sector", "status", "cohort"};
    for (const auto& agency : framework.definition().agencies) {
        table.add_row(agency.id, agency.name, name_of(agency.sector), name_of(agency.status),
                      agency.cohort);
    }
    return table.to_dict();
}

// Declared scales first, then the built-ins (as the C API lists them).
std::vector<std::pair<const RatingScale*, bool>> usable_scales(const Framework& framework) {
    std::vector<std::pair<const RatingScale*, bool>> scales;
    for (const auto& scale : framework.definition().scales) {
        scales.emplace_back(&scale, false);
    }
    for (const auto& scale : builtin_scales()) {
        scales.emplace_back(&scale, true);
    }
    return scales;
}

py::dict scales_table(const Framework& framework) {
    Columns table{"id",    "name",   "builtin",        "levels",
                  "codes", "values", "not_applicable", "not_applicable_code"};
    for (const auto& [scale, builtin] : usable_scales(framework)) {
        const auto& na = scale->not_applicable;
        table.add_row(scale->id, scale->name, builtin, scale->levels.size(),
                      collect(scale->levels, &ScaleLevel::code),
                      collect(scale->levels, &ScaleLevel::value), na.allowed,
                      na.allowed ? std::optional<std::string>(na.code) : std::nullopt);
    }
    return table.to_dict();
}

py::dict scale_levels_table(const Framework& framework) {
    Columns table{"scale", "code", "label", "value", "colour"};
    for (const auto& [scale, builtin] : usable_scales(framework)) {
        for (const auto& level : scale->levels) {
            table.add_row(scale->id, level.code, level.label, level.value, level.colour);
        }
    }
    return table.to_dict();
}

// ---- tools -----------------------------------------------------------------------------------

std::size_t standard_count(const AssessmentTool& tool) {
    std::size_t count = 0;
    for (const auto& section : tool.sections) {
        count += section.standards.size();
    }
    return count;
}

py::dict assessment_tools_table(const Framework& framework) {
    Columns table{"id",        "name",     "kind",      "scale",           "applies_to",
                  "moderated", "sections", "standards", "standard_method", "agency_method"};
    for (const auto& tool : framework.definition().assessment_tools) {
        table.add_row(tool.id, tool.name, name_of(tool.kind), tool.scale,
                      sector_names(resolve_sectors(tool.applies_to)), tool.moderated,
                      tool.sections.size(), standard_count(tool), name_of(tool.scoring.standard),
                      name_of(tool.scoring.agency));
    }
    return table.to_dict();
}

py::dict standards_table(const Framework& framework) {
    Columns table{"tool",   "section",    "id",       "title",   "description",
                  "weight", "applies_to", "evidence", "criteria"};
    for (const auto& ref : framework.standards()) {
        const auto& standard = *ref.standard;
        table.add_row(ref.tool->id, ref.section->id, standard.id, standard.title,
                      standard.description, standard.weight,
                      sector_names(resolve_sectors(standard.applies_to, ref.tool->applies_to)),
                      standard.evidence, collect(standard.criteria, &Criterion::id));
    }
    return table.to_dict();
}

py::dict case_audit_tools_table(const Framework& framework) {
    Columns table{"id", "name", "scale", "domains", "overall_method", "limiting_domains"};
    for (const auto& tool : framework.definition().case_audit_tools) {
        table.add_row(tool.id, tool.name, tool.scale, collect(tool.domains, &AuditDomain::id),
                      name_of(tool.overall.method), tool.overall.limiting_domains);
    }
    return table.to_dict();
}

// ---- timescales, indicators, programme --------------------------------------------------------

py::dict timescales_table(const Framework& framework) {
    Columns table{"id",        "name",     "length", "unit",    "start_event",
                  "end_event", "counting", "within", "calendar"};
    for (const auto& timescale : framework.definition().timescales) {
        table.add_row(timescale.id, timescale.name, timescale.length, name_of(timescale.unit),
                      timescale.start_event, timescale.end_event, name_of(timescale.counting),
                      name_of(timescale.within), reference(timescale.calendar));
    }
    return table.to_dict();
}

py::dict indicators_table(const Framework& framework) {
    Columns table{"id",       "label",     "description", "unit",          "polarity",
                  "measure",  "period",    "roll_up",     "target",        "amber_tolerance",
                  "band_low", "band_high", "decimals",    "suppress_up_to"};
    for (const auto& indicator : framework.definition().indicators) {
        const auto& target = indicator.target;
        table.add_row(indicator.id, indicator.label, indicator.description, name_of(indicator.unit),
                      name_of(indicator.polarity), name_of(indicator.measure.kind),
                      name_of(indicator.period), name_of(indicator.roll_up), target.value,
                      target.amber_tolerance, target.band_low, target.band_high,
                      indicator.rounding.decimals, indicator.suppression.suppress_up_to);
    }
    return table.to_dict();
}

py::dict programme_table(const Framework& framework) {
    Columns table{"id", "kind", "tool", "frequency", "per_cycle", "focus", "rotation", "owner"};
    for (const auto& activity : framework.definition().programme) {
        table.add_row(activity.id, name_of(activity.kind), activity.tool,
                      name_of(activity.frequency), activity.per_cycle, name_of(activity.focus),
                      activity.rotation, reference(activity.owner));
    }
    return table.to_dict();
}

// How many of each thing, without building the tables (for repr and summaries).
py::dict counts_of(const Framework& framework) {
    const auto& definition = framework.definition();
    return py::dict(py::arg("governance") = definition.governance.size(),
                    py::arg("agencies") = definition.agencies.size(),
                    py::arg("scales") = definition.scales.size(),
                    py::arg("assessment_tools") = definition.assessment_tools.size(),
                    py::arg("standards") = framework.standards().size(),
                    py::arg("case_audit_tools") = definition.case_audit_tools.size(),
                    py::arg("calendars") = definition.calendars.size(),
                    py::arg("timescales") = definition.timescales.size(),
                    py::arg("indicators") = definition.indicators.size(),
                    py::arg("programme") = definition.programme.size());
}

// ---- loading ---------------------------------------------------------------------------------

// Loading parses and validates a whole file: other Python threads may run meanwhile.
using without_gil = py::call_guard<py::gil_scoped_release>;

void bind_loading(py::class_<Framework>& framework) {
    framework.def_static("load", &Framework::load, py::arg("path"), without_gil(),
                         "Loads a framework file (YAML, or JSON read as YAML).");
    framework.def_static(
        "from_string",
        [](const std::string& text, const std::string& source_name) {
            return Framework::from_string(text, source_name);
        },
        py::arg("text"), py::arg("source_name") = "<string>", without_gil(),
        "Loads a framework from text; source_name is the file name problems carry.");
    framework.def_static(
        "builtin", [](const std::string& id) { return Framework::builtin(id); }, py::arg("id"),
        without_gil(), "Opens a framework bundled with qaf by id.");
    framework.def_static("builtin_ids", &Framework::builtin_ids,
                         "The ids of the bundled frameworks.");
    framework.def_static(
        "load_snapshot",
        [](const std::filesystem::path& path) { return Framework::load_snapshot(path); },
        py::arg("path"), without_gil(), "Loads a snapshot written by save_snapshot.");
    framework.def(
        "save_snapshot",
        [](const Framework& self, const std::filesystem::path& path) { self.save_snapshot(path); },
        py::arg("path"), without_gil(), "Writes a snapshot atomically.");
    framework.def("to_json", &Framework::to_json, without_gil(), "The canonical JSON form.");
}

void bind_contents(py::class_<Framework>& framework) {
    framework.def_property_readonly("id", &Framework::id)
        .def_property_readonly("name", &Framework::name)
        .def_property_readonly("description",
                               [](const Framework& self) { return self.definition().description; })
        .def_property_readonly("source",
                               [](const Framework& self) { return self.definition().source; })
        .def_property_readonly(
            "schema_version",
            [](const Framework& self) { return self.definition().schema_version; })
        .def("partnership", &partnership_of)
        .def("counts", &counts_of)
        .def("reporting_chain", &reporting_chain_ids, py::arg("body_id"))
        .def("governance_table", &governance_table)
        .def("agencies_table", &agencies_table)
        .def("scales_table", &scales_table)
        .def("scale_levels_table", &scale_levels_table)
        .def("assessment_tools_table", &assessment_tools_table)
        .def("standards_table", &standards_table)
        .def("case_audit_tools_table", &case_audit_tools_table)
        .def("timescales_table", &timescales_table)
        .def("indicators_table", &indicators_table)
        .def("programme_table", &programme_table)
        .def(
            "__eq__", [](const Framework& self, const Framework& other) { return self == other; },
            py::is_operator());
}

} // namespace

void bind_framework(py::module_& module) {
    py::class_<Framework> framework(
        module, "Framework",
        "A validated, immutable framework (the C++ qaf::Framework). Use qaf.Framework instead.");
    bind_loading(framework);
    bind_contents(framework);
}

} // namespace qaf::python
