// Checks shared by the bulk (span) forms of the core's computations.
#pragma once

#include "qaf/error.hpp"

#include <cstddef>
#include <string>

namespace qaf::detail {

// Throws InvalidArgument unless every span of a bulk call has the same length; `names` lists
// the parameters as the caller knows them ("starts, ends and out").
inline void require_same_length(std::size_t first, std::size_t second, const char* names) {
    if (first != second) {
        throw InvalidArgument(std::string(names) + " must have the same length (got " +
                              std::to_string(first) + " and " + std::to_string(second) + ")");
    }
}

inline void require_same_length(std::size_t first, std::size_t second, std::size_t out,
                                const char* names) {
    if (first != second || first != out) {
        throw InvalidArgument(std::string(names) + " must have the same length (got " +
                              std::to_string(first) + ", " + std::to_string(second) + " and " +
                              std::to_string(out) + ")");
    }
}

} // namespace qaf::detail
