// The one set of rules every framework definition passes, however it was built (a file, code,
// a snapshot). Problems are located by path ("agencies[2].sector"); the file loader maps paths
// to lines and columns.
#pragma once

#include "qaf/error.hpp"
#include "qaf/framework.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace qaf::detail {

struct Problem {
    std::string path;       // "agencies[2].sector"; empty for the definition as a whole
    std::string message;    // "unknown sector 'polise' (did you mean 'police'?)"
    std::string first_path; // duplicates: the first occurrence, cited after the message
    std::string cause;      // the value the rule depends on (a measure's kind); a file loader
                            // drops the problem when that value could not be read
    Status status = Status::validation_error;
};

// The canonical form: sector sets sorted in Sector order without repeats.
void normalize(FrameworkDefinition& definition);

// Every rule of docs/framework-format.md that the types alone do not enforce.
std::vector<Problem> validate(const FrameworkDefinition& definition);

// Path building: field_path("agencies[2]", "sector"), item_path("agencies", 2).
std::string field_path(std::string_view parent, std::string_view key);
std::string item_path(std::string_view list, std::size_t index);

} // namespace qaf::detail
