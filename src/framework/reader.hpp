// Reads a framework definition from YAML or JSON text into the model, recording where each value
// was found so that the validator's path-located problems can be given a line and column.
#pragma once

#include "qaf/error.hpp"
#include "qaf/framework.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace qaf::detail {

struct Position {
    int line = 0; // from 1; 0 = unknown
    int column = 0;
};

struct ReadResult {
    FrameworkDefinition definition;
    std::unordered_map<std::string, Position> positions; // path -> where its value starts
    std::vector<Diagnostic> diagnostics;                 // problems found while reading
    std::vector<std::string> reported_paths;             // the paths those problems concern
};

// Collects every problem of types, keys and enum values in the result. Throws FrameworkError
// at once for broken YAML syntax (parse_error), an unsupported schema_version
// (unsupported_version) or an input too large to be a framework.
ReadResult read_framework(std::string_view text, const std::string& source_name);

} // namespace qaf::detail
