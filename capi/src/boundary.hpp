// The exception firewall every C entry point goes through, and the qaf_error object.
#pragma once

#include "qaf/error.hpp"
#include "qaf/qaf.h"

#include <cstring>
#include <new>
#include <string>
#include <utility>
#include <vector>

struct qaf_error {
    qaf_status code = QAF_E_INTERNAL;
    std::string message;
    std::vector<qaf::Diagnostic> diagnostics;
};

namespace qaf::capi {

// Stores an error for the caller when it asked for one (out_error != NULL) and returns its code.
qaf_status report(qaf_error** out_error, qaf_status code, std::string message,
                  std::vector<Diagnostic> diagnostics = {}) noexcept;

// Reports the exception currently being handled; call only inside a catch block.
qaf_status report_current_exception(qaf_error** out_error) noexcept;

// Runs body (which returns void) and turns any exception into a status + error object.
template <class Body>
qaf_status guarded(qaf_error** out_error, Body&& body) noexcept {
    try {
        std::forward<Body>(body)();
        return QAF_OK;
    } catch (...) {
        return report_current_exception(out_error);
    }
}

// Throws InvalidArgument naming the parameter when a required pointer is NULL.
inline void require(const void* pointer, const char* parameter) {
    if (pointer == nullptr) {
        throw InvalidArgument(std::string(parameter) + " must not be NULL");
    }
}

// A copy of text in memory the caller frees with qaf_free.
char* duplicate_string(const std::string& text);

} // namespace qaf::capi
