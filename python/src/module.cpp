#include "bindings.hpp"

#include "qaf/base.hpp"

PYBIND11_MODULE(_core, module) {
    module.doc() = "qaf's C++ core. Use the public package `qaf`, which re-exports this.";
    module.attr("__version__") = qaf::version();
    qaf::python::bind_errors(module);
    qaf::python::bind_date(module);
    qaf::python::bind_framework(module);
    qaf::python::bind_calendar(module);
    qaf::python::bind_period(module);
}
