// pybind11 conversion between qaf::Date and datetime.date. Accepts datetime.date and its
// subclasses (datetime.datetime, pandas.Timestamp: the time of day is dropped), numpy.datetime64
// scalars and "YYYY-MM-DD" strings; returns datetime.date.
#pragma once

#include "qaf/date.hpp"

#include <pybind11/pybind11.h>

namespace qaf::python {

// Raises a Python exception (via qaf::InvalidArgument) when the object is not a date.
Date date_from_python(pybind11::handle object);
pybind11::object date_to_python(Date date);

} // namespace qaf::python

namespace pybind11::detail {

template <>
struct type_caster<qaf::Date> {
public:
    PYBIND11_TYPE_CASTER(qaf::Date, const_name("datetime.date"));

    bool load(handle source, bool /*convert*/) {
        if (source.is_none()) {
            return false;
        }
        value = qaf::python::date_from_python(source);
        return true;
    }

    static handle cast(qaf::Date date, return_value_policy, handle) {
        return qaf::python::date_to_python(date).release();
    }
};

} // namespace pybind11::detail
