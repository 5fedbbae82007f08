// Status codes, error objects, version and memory: the ground every other entry point stands on.
#include "boundary.hpp"

#include <cstdlib>

namespace qaf::capi {

qaf_status report(qaf_error** out_error, qaf_status code, std::string message,
                  std::vector<Diagnostic> diagnostics) noexcept {
    if (out_error != nullptr) {
        try {
            delete *out_error;
            *out_error = new qaf_error{code, std::move(message), std::move(diagnostics)};
        } catch (...) {
            *out_error = nullptr; // out of memory while reporting: the code still says it
        }
    }
    return code;
}

qaf_status report_current_exception(qaf_error** out_error) noexcept {
    try {
        throw;
    } catch (const LoadError& error) {
        return report(out_error, static_cast<qaf_status>(error.status()), error.what(),
                      error.diagnostics());
    } catch (const Error& error) {
        return report(out_error, static_cast<qaf_status>(error.status()), error.what());
    } catch (const std::bad_alloc&) {
        return report(out_error, QAF_E_INTERNAL, "out of memory");
    } catch (const std::exception& error) {
        return report(out_error, QAF_E_INTERNAL, std::string("internal error: ") + error.what());
    } catch (...) {
        return report(out_error, QAF_E_INTERNAL, "internal error: unknown exception");
    }
}

char* duplicate_string(const std::string& text) {
    auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy == nullptr) {
        throw std::bad_alloc();
    }
    std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

} // namespace qaf::capi

namespace {

const qaf::Diagnostic* diagnostic_at(const qaf_error* error, size_t index) {
    if (error == nullptr || index >= error->diagnostics.size()) {
        return nullptr;
    }
    return &error->diagnostics[index];
}

} // namespace

extern "C" {

const char* qaf_status_string(qaf_status status) {
    return qaf::status_string(static_cast<qaf::Status>(status));
}

qaf_status qaf_error_code(const qaf_error* error) {
    return error ? error->code : QAF_OK;
}

const char* qaf_error_message(const qaf_error* error) {
    return error ? error->message.c_str() : "";
}

size_t qaf_error_diagnostic_count(const qaf_error* error) {
    return error ? error->diagnostics.size() : 0;
}

const char* qaf_error_diagnostic_file(const qaf_error* error, size_t index) {
    const auto* diagnostic = diagnostic_at(error, index);
    return diagnostic ? diagnostic->where.file.c_str() : "";
}

int32_t qaf_error_diagnostic_line(const qaf_error* error, size_t index) {
    const auto* diagnostic = diagnostic_at(error, index);
    return diagnostic ? diagnostic->where.line : 0;
}

int32_t qaf_error_diagnostic_column(const qaf_error* error, size_t index) {
    const auto* diagnostic = diagnostic_at(error, index);
    return diagnostic ? diagnostic->where.column : 0;
}

const char* qaf_error_diagnostic_message(const qaf_error* error, size_t index) {
    const auto* diagnostic = diagnostic_at(error, index);
    return diagnostic ? diagnostic->message.c_str() : "";
}

void qaf_error_destroy(qaf_error** error) {
    if (error != nullptr) {
        delete *error;
        *error = nullptr;
    }
}

const char* qaf_version(void) {
    return QAF_VERSION_STRING;
}

int32_t qaf_version_number(void) {
    return QAF_VERSION_NUMBER;
}

void qaf_free(void* memory) {
    std::free(memory);
}

} // extern "C"
