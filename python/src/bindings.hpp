// The pieces of qaf._core: one bind_<concept> function per file in python/src.
#pragma once

#include <pybind11/pybind11.h>

namespace qaf::python {

void bind_errors(pybind11::module_& module);
void bind_date(pybind11::module_& module);
void bind_calendar(pybind11::module_& module);
void bind_period(pybind11::module_& module);
void bind_framework(pybind11::module_& module);

} // namespace qaf::python
