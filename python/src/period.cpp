// qaf._core's reporting periods: PeriodKind, Period and the vectorised period_starts_array.
#include "bindings.hpp"
#include "date_caster.hpp"

#include "qaf/error.hpp"
#include "qaf/period.hpp"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <span>
#include <string>

namespace py = pybind11;

namespace qaf::python {

namespace {

using DayArray = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

// (start years, numbers) of the periods containing each day of a 1-D int64 array.
py::tuple period_starts_array(PeriodKind kind, const DayArray& days) {
    if (days.ndim() != 1) {
        throw InvalidArgument("dates: expected a one-dimensional array, got " +
                              std::to_string(days.ndim()) + " dimensions");
    }
    const auto size = static_cast<std::size_t>(days.size());
    py::array_t<std::int64_t> years(days.size()), numbers(days.size());
    const std::span<const std::int64_t> in(days.data(), size);
    const std::span<std::int64_t> out_years(years.mutable_data(), size);
    const std::span<std::int64_t> out_numbers(numbers.mutable_data(), size);
    {
        py::gil_scoped_release release;
        period_starts(kind, in, out_years, out_numbers);
    }
    return py::make_tuple(years, numbers);
}

std::string repr(const Period& period) {
    return std::string("Period(") + period_kind_name(period.kind) + ", '" + period.label() + "')";
}

void bind_period_class(py::module_& module) {
    py::class_<Period>(module, "Period",
                       "A reporting period: kind, year (the year its year starts in), number "
                       "(month 1..12, quarter 1..4, or 1), first_day(), last_day(), label().")
        .def(py::init([](PeriodKind kind, int year, int number) {
                 return Period{kind, year, number};
             }),
             py::arg("kind"), py::arg("year"), py::arg("number") = 1)
        .def_readonly("kind", &Period::kind)
        .def_readonly("year", &Period::year)
        .def_readonly("number", &Period::number)
        .def("first_day", &Period::first_day)
        .def("last_day", &Period::last_day)
        .def("label", &Period::label)
        .def("next", &Period::next)
        .def("__eq__", [](const Period& a, const Period& b) { return a == b; })
        .def("__lt__", [](const Period& a, const Period& b) { return a < b; })
        .def("__hash__",
             [](const Period& period) {
                 return py::hash(
                     py::make_tuple(static_cast<int>(period.kind), period.year, period.number));
             })
        .def("__repr__", &repr);
}

} // namespace

void bind_period(py::module_& module) {
    py::enum_<PeriodKind>(module, "PeriodKind", "Kinds of reporting period.")
        .value("month", PeriodKind::month)
        .value("financial_quarter", PeriodKind::financial_quarter)
        .value("financial_year", PeriodKind::financial_year)
        .value("academic_year", PeriodKind::academic_year);
    module.def("period_kind_from_name", &period_kind_from_name, py::arg("name"),
               "The PeriodKind called name ('month', 'financial_quarter', ...).");
    bind_period_class(module);
    module.def("period_of", &period_of, py::arg("kind"), py::arg("date"),
               "The period of the given kind containing date.");
    module.def("periods_between", &periods_between, py::arg("kind"), py::arg("first"),
               py::arg("last"), "Every period from first's to last's, both included.");
    module.def("year_label", &year_label, py::arg("start_year"), "'2024/25' for 2024.");
    module.def("financial_year_start", &financial_year_start, py::arg("date"));
    module.def("financial_quarter", &financial_quarter, py::arg("date"));
    module.def("academic_year_start", &academic_year_start, py::arg("date"));
    module.def("period_starts_array", &period_starts_array, py::arg("kind"), py::arg("days"),
               "(years, numbers) int64 arrays for an int64 array of days since 1970-01-01.");
}

} // namespace qaf::python
