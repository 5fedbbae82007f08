// Maps the C++ qaf::Error hierarchy onto the Python classes of qaf/errors.py.
#include "bindings.hpp"

#include "qaf/error.hpp"

#include <exception>

namespace py = pybind11;

namespace qaf::python {

namespace {

const char* python_class_for(const Error& error) {
    if (dynamic_cast<const FrameworkError*>(&error) != nullptr) {
        return error.status() == Status::unsupported_version ? "FrameworkVersionError"
                                                             : "FrameworkError";
    }
    if (dynamic_cast<const LoadError*>(&error) != nullptr) {
        return "LoadError";
    }
    switch (error.status()) {
    case Status::invalid_argument:
        return "InvalidArgumentError";
    case Status::out_of_range:
        return "OutOfRangeError";
    case Status::not_found:
        return "NotFoundError";
    case Status::io_error:
        return "FileError";
    case Status::unsupported_version:
        return "UnsupportedVersionError";
    case Status::parse_error:
    case Status::validation_error:
        return "LoadError";
    default:
        return "Error";
    }
}

py::list problems_of(const Error& error) {
    py::list problems;
    if (const auto* load_error = dynamic_cast<const LoadError*>(&error)) {
        auto problem_type = py::module_::import("qaf.errors").attr("Problem");
        for (const auto& diagnostic : load_error->diagnostics()) {
            problems.append(problem_type(diagnostic.where.file, diagnostic.where.line,
                                         diagnostic.where.column, diagnostic.message));
        }
    }
    return problems;
}

void raise_python_error(const Error& error) {
    auto errors = py::module_::import("qaf.errors");
    auto type = errors.attr(python_class_for(error));
    auto instance = type(error.what());
    instance.attr("status") = static_cast<int>(error.status());
    instance.attr("problems") = problems_of(error);
    PyErr_SetObject(type.ptr(), instance.ptr());
}

} // namespace

void bind_errors(py::module_& module) {
    py::register_exception_translator([](std::exception_ptr pointer) {
        try {
            if (pointer) {
                std::rethrow_exception(pointer);
            }
        } catch (const Error& error) {
            raise_python_error(error);
        }
    });
    module.def(
        "status_string", [](int status) { return status_string(static_cast<Status>(status)); },
        py::arg("status"), "English text for a qaf status code.");
}

} // namespace qaf::python
