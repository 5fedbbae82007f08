// Common ground for every qaf C++ header: the version and the ABI namespace.
//
// The C++ API is source-stable within a minor version and makes no ABI promise; the stable
// binary interface is the C API (capi/include/qaf/qaf.h). Everything public lives in
// qaf::v1 (inline), internals in qaf::detail.
#pragma once

#include "qaf/version.h"

#define QAF_BEGIN_NAMESPACE                                                                        \
    namespace qaf {                                                                                \
    inline namespace v1 {
#define QAF_END_NAMESPACE                                                                          \
    }                                                                                              \
    }

QAF_BEGIN_NAMESPACE

// The library's version as "MAJOR.MINOR.PATCH" (the run-time twin of QAF_VERSION_STRING).
const char* version() noexcept;

QAF_END_NAMESPACE
