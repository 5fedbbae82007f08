#include "bindings.hpp"
#include "date_caster.hpp"

#include "qaf/error.hpp"

#include <string>

namespace py = pybind11;

namespace qaf::python {

namespace {

bool is_instance_of(py::handle object, const char* module, const char* type) {
    return py::isinstance(object, py::module_::import(module).attr(type));
}

} // namespace

Date date_from_python(py::handle object) {
    if (py::isinstance<py::str>(object)) {
        return Date::parse(object.cast<std::string>());
    }
    if (is_instance_of(object, "datetime", "date")) {
        return Date::from_ymd(object.attr("year").cast<int>(), object.attr("month").cast<int>(),
                              object.attr("day").cast<int>());
    }
    if (is_instance_of(object, "numpy", "datetime64")) {
        auto numpy = py::module_::import("numpy");
        auto as_day = numpy.attr("datetime64")(object, "D");
        if (numpy.attr("isnat")(as_day).cast<bool>()) {
            throw InvalidArgument("expected a date, got NaT (not a time)");
        }
        const auto days = as_day.attr("astype")("int64").cast<long long>();
        const auto parts = civil_from_days(static_cast<std::int32_t>(days));
        return Date::from_ymd(parts.year, parts.month, parts.day); // validates the year range
    }
    throw InvalidArgument(
        "expected a datetime.date, numpy.datetime64 or 'YYYY-MM-DD' string, got " +
        py::str(py::type::handle_of(object).attr("__name__")).cast<std::string>());
}

py::object date_to_python(Date date) {
    const auto parts = date.ymd();
    return py::module_::import("datetime").attr("date")(parts.year, parts.month, parts.day);
}

void bind_date(py::module_& module) {
    module.def(
        "parse_date", [](const std::string& text) { return Date::parse(text); }, py::arg("text"),
        "Parses 'YYYY-MM-DD' into a datetime.date, with qaf's validation and messages.");
    module.def(
        "date_to_days", [](Date date) { return date.days; }, py::arg("date"),
        "Days since 1970-01-01 (what datetime64[D] and the C API's qaf_date hold).");
    module.def(
        "date_from_days", [](std::int32_t days) { return Date{days}; }, py::arg("days"),
        "The date that is `days` days after 1970-01-01.");
}

} // namespace qaf::python
