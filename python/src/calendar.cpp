// qaf._core's calendar: bank holidays and Calendar. The *_array methods take numpy int64 arrays of
// days since 1970-01-01 (a datetime64[D] array viewed as int64, so no copy is made), release the
// GIL around the loop, and return new numpy arrays. python/qaf/calendar.py wraps them.
#include "bindings.hpp"
#include "date_caster.hpp"

#include "qaf/calendar.hpp"
#include "qaf/error.hpp"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace py = pybind11;

namespace qaf::python {

namespace {

// forcecast + c_style: an int64 C-contiguous array passes through untouched; anything else is
// converted once (a copy) before the loop.
using DayArray = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

std::span<const std::int64_t> days_of(const DayArray& array, const char* name) {
    if (array.ndim() != 1) {
        throw InvalidArgument(std::string(name) + ": expected a one-dimensional array, got " +
                              std::to_string(array.ndim()) + " dimensions");
    }
    return {array.data(), static_cast<std::size_t>(array.size())};
}

// A new 1-D array of `size` elements, filled by `kernel(span)` with the GIL released (the
// kernel touches only C++ data: the input spans were taken while the GIL was held).
template <class T, class Kernel>
py::array_t<T> filled_without_gil(std::size_t size, Kernel&& kernel) {
    py::array_t<T> out(static_cast<py::ssize_t>(size));
    const std::span<T> out_span(out.mutable_data(), size);
    {
        py::gil_scoped_release release;
        kernel(out_span);
    }
    return out;
}

py::array_t<std::int64_t> working_days_between_array(const Calendar& calendar,
                                                     const DayArray& starts, const DayArray& ends) {
    const auto start_days = days_of(starts, "starts");
    const auto end_days = days_of(ends, "ends");
    return filled_without_gil<std::int64_t>(start_days.size(), [&](std::span<std::int64_t> out) {
        calendar.working_days_between(start_days, end_days, out);
    });
}

py::array_t<std::int64_t> add_working_days_array(const Calendar& calendar, const DayArray& dates,
                                                 const DayArray& n) {
    const auto date_days = days_of(dates, "dates");
    const auto shifts = days_of(n, "n");
    return filled_without_gil<std::int64_t>(date_days.size(), [&](std::span<std::int64_t> out) {
        calendar.add_working_days(date_days, shifts, out);
    });
}

py::array_t<bool> is_working_day_array(const Calendar& calendar, const DayArray& dates) {
    const auto date_days = days_of(dates, "dates");
    return filled_without_gil<bool>(
        date_days.size(), [&](std::span<bool> out) { calendar.is_working_day(date_days, out); });
}

py::array_t<bool> within_working_days_array(const Calendar& calendar, const DayArray& starts,
                                            const DayArray& ends, const DayArray& n) {
    const auto start_days = days_of(starts, "starts");
    const auto end_days = days_of(ends, "ends");
    const auto limits = days_of(n, "n");
    return filled_without_gil<bool>(start_days.size(), [&](std::span<bool> out) {
        calendar.within_working_days(start_days, end_days, limits, out);
    });
}

Calendar make_calendar(std::vector<Date> closures, std::optional<std::vector<Date>> holidays) {
    CalendarOptions options;
    options.closures = std::move(closures);
    options.holidays = std::move(holidays);
    return Calendar(options);
}

std::string repr(const BankHoliday& holiday) {
    return "BankHoliday(" + holiday.date.to_string() + ", '" + holiday.name + "'" +
           (holiday.substitute ? ", substitute" : "") + ")";
}

void bind_bank_holidays(py::module_& module) {
    py::class_<BankHoliday>(module, "BankHoliday",
                            "An England & Wales bank holiday: date, name and whether it is the "
                            "substitute weekday for a holiday that fell on a weekend.")
        .def_readonly("date", &BankHoliday::date)
        .def_readonly("name", &BankHoliday::name)
        .def_readonly("substitute", &BankHoliday::substitute)
        .def("__eq__", [](const BankHoliday& a, const BankHoliday& b) { return a == b; })
        .def("__repr__", &repr);
    module.def("bank_holidays", &england_and_wales_bank_holidays, py::arg("first_year"),
               py::arg("last_year"),
               "England & Wales bank holidays of first_year..last_year (1970..2100), in order.");
    module.def(
        "bank_holiday_name",
        [](Date date) -> std::optional<std::string> {
            const char* name = england_and_wales_bank_holiday_name(date);
            return name ? std::optional<std::string>(name) : std::nullopt;
        },
        py::arg("date"), "The name of the England & Wales bank holiday on date, or None.");
    module.def("easter_sunday", &easter_sunday, py::arg("year"),
               "Easter Sunday of a year (Gregorian computus).");
}

void bind_scalar_methods(py::class_<Calendar>& calendar) {
    calendar
        .def("is_working_day", py::overload_cast<Date>(&Calendar::is_working_day, py::const_),
             py::arg("date"))
        .def("working_days_between",
             py::overload_cast<Date, Date>(&Calendar::working_days_between, py::const_),
             py::arg("start"), py::arg("end"))
        .def("add_working_days",
             py::overload_cast<Date, std::int32_t>(&Calendar::add_working_days, py::const_),
             py::arg("date"), py::arg("n"))
        .def(
            "within_working_days",
            py::overload_cast<Date, Date, std::int32_t>(&Calendar::within_working_days, py::const_),
            py::arg("start"), py::arg("end"), py::arg("n"))
        .def("calendar_days_between", &Calendar::calendar_days_between, py::arg("start"),
             py::arg("end"))
        .def("add_calendar_days", &Calendar::add_calendar_days, py::arg("date"), py::arg("n"))
        .def("within_calendar_days", &Calendar::within_calendar_days, py::arg("start"),
             py::arg("end"), py::arg("n"))
        .def("non_working_weekdays", &Calendar::non_working_weekdays);
}

void bind_array_methods(py::class_<Calendar>& calendar) {
    calendar
        .def("working_days_between_array", &working_days_between_array, py::arg("starts"),
             py::arg("ends"))
        .def("add_working_days_array", &add_working_days_array, py::arg("dates"), py::arg("n"))
        .def("is_working_day_array", &is_working_day_array, py::arg("dates"))
        .def("within_working_days_array", &within_working_days_array, py::arg("starts"),
             py::arg("ends"), py::arg("n"));
}

} // namespace

void bind_calendar(py::module_& module) {
    bind_bank_holidays(module);
    py::class_<Calendar> calendar(module, "Calendar",
                                  "Working days 1970-01-01..2100-12-31 (see qaf.Calendar).");
    calendar.def(py::init(&make_calendar), py::arg("closures") = std::vector<Date>{},
                 py::arg("holidays") = py::none());
    calendar.def_static("first_date", &Calendar::first_date);
    calendar.def_static("last_date", &Calendar::last_date);
    bind_scalar_methods(calendar);
    bind_array_methods(calendar);
}

} // namespace qaf::python
