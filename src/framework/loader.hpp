// From text or a definition built in code to a validated definition, or one FrameworkError that
// lists every problem: file:line:column for text, the path (agencies[2].sector) for code.
#pragma once

#include "qaf/error.hpp"
#include "qaf/framework.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace qaf::detail {

// Larger inputs are refused before parsing. Real frameworks are tens of kilobytes; yaml-cpp
// needs about 140 bytes of memory per input byte on dense input (4 MiB: about 600 MB).
inline constexpr std::size_t max_framework_bytes = 4u << 20;

// Built field by field: GCC 12 warns (maybe-uninitialized) on the nested braced form.
Diagnostic make_diagnostic(std::string file, int line, int column, std::string message);
[[noreturn]] void throw_framework_error(Status status, std::string file, int line, int column,
                                        std::string message);

FrameworkDefinition load_definition(std::string_view text, const std::string& source_name);

// Normalizes (sector sets) and validates in place.
void check_definition(FrameworkDefinition& definition);

} // namespace qaf::detail
