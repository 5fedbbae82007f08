#include "qaf/error.hpp"

#include <utility>

QAF_BEGIN_NAMESPACE

const char* version() noexcept {
    return QAF_VERSION_STRING;
}

const char* status_string(Status status) noexcept {
    switch (status) {
    case Status::ok:
        return "ok";
    case Status::invalid_argument:
        return "invalid argument";
    case Status::out_of_range:
        return "out of range";
    case Status::parse_error:
        return "parse error";
    case Status::validation_error:
        return "validation error";
    case Status::not_found:
        return "not found";
    case Status::io_error:
        return "input/output error";
    case Status::buffer_too_small:
        return "buffer too small";
    case Status::unsupported_version:
        return "unsupported version";
    case Status::internal:
        return "internal error";
    }
    return "unknown status";
}

std::string Diagnostic::to_string() const {
    std::string text;
    if (!where.file.empty()) {
        text += where.file + ":";
    }
    if (where.line > 0) {
        text += std::to_string(where.line) + ":";
        if (where.column > 0) {
            text += std::to_string(where.column) + ":";
        }
    }
    if (!text.empty()) {
        text += " ";
    }
    return text + message;
}

namespace {

std::string join_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const auto& diagnostic : diagnostics) {
        if (!text.empty()) {
            text += '\n';
        }
        text += diagnostic.to_string();
    }
    return text.empty() ? std::string("load failed") : text;
}

} // namespace

Error::Error(Status status, const std::string& message)
    : std::runtime_error(message), status_(status) {}

InvalidArgument::InvalidArgument(const std::string& message)
    : Error(Status::invalid_argument, message) {}

OutOfRange::OutOfRange(const std::string& message) : Error(Status::out_of_range, message) {}

NotFound::NotFound(const std::string& message) : Error(Status::not_found, message) {}

IoError::IoError(const std::string& message) : Error(Status::io_error, message) {}

UnsupportedVersion::UnsupportedVersion(const std::string& message)
    : Error(Status::unsupported_version, message) {}

LoadError::LoadError(Status status, std::vector<Diagnostic> diagnostics)
    : Error(status, join_diagnostics(diagnostics)), diagnostics_(std::move(diagnostics)) {}

FrameworkError::FrameworkError(Status status, std::vector<Diagnostic> diagnostics)
    : LoadError(status, std::move(diagnostics)) {}

QAF_END_NAMESPACE
