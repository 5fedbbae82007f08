#include "framework/loader.hpp"

#include "framework/reader.hpp"
#include "framework/validate.hpp"

#include <algorithm>
#include <unordered_set>

namespace qaf::detail {
namespace {

// A file with more problems than this is not a framework with typos.
constexpr std::size_t max_reported = 1000;

std::string parent_of(std::string_view path) {
    const auto cut = path.back() == ']' ? path.rfind('[') : path.rfind('.');
    return std::string(path.substr(0, cut == std::string_view::npos ? 0 : cut));
}

// Calls visit on path and on each of its parents, the root ("") last.
template <class Visit>
bool any_of_path_and_parents(std::string path, Visit visit) {
    while (true) {
        if (visit(path)) {
            return true;
        }
        if (path.empty()) {
            return false;
        }
        path = parent_of(path);
    }
}

// The position of a path's value, or of its nearest parent read from the file.
Position locate(const std::string& path, const std::unordered_map<std::string, Position>& at) {
    Position found;
    any_of_path_and_parents(path, [&](const std::string& candidate) {
        const auto place = at.find(candidate);
        if (place != at.end()) {
            found = place->second;
        }
        return place != at.end();
    });
    return found;
}

// Where the reader already complained, the validator would only repeat the consequence (an
// unreadable weight breaks a weight total): its problems at, inside or above those paths go.
class ReportedPaths {
public:
    explicit ReportedPaths(const std::vector<std::string>& paths) {
        for (const auto& path : paths) {
            reported_.insert(path);
            any_of_path_and_parents(path, [&](const std::string& parent) {
                return !parents_.insert(parent).second; // stop where already known
            });
        }
    }

    bool covers(const std::string& path) const {
        return parents_.contains(path) ||
               any_of_path_and_parents(path, [&](const std::string& candidate) {
                   return reported_.contains(candidate);
               });
    }

private:
    std::unordered_set<std::string> reported_;
    std::unordered_set<std::string> parents_; // the reported paths and all their parents
};

std::string first_at_line(const Problem& problem, const ReadResult& read) {
    if (problem.first_path.empty()) {
        return {};
    }
    const auto first = locate(problem.first_path, read.positions);
    return first.line > 0 ? " (first at line " + std::to_string(first.line) + ")" : std::string();
}

Status status_of(const std::vector<Problem>& problems) {
    const bool version = std::any_of(problems.begin(), problems.end(), [](const Problem& problem) {
        return problem.status == Status::unsupported_version;
    });
    return version ? Status::unsupported_version : Status::validation_error;
}

void cap(std::vector<Diagnostic>& diagnostics, const std::string& file) {
    if (diagnostics.size() > max_reported) {
        diagnostics.resize(max_reported);
        diagnostics.push_back(make_diagnostic(file, 0, 0,
                                              "too many problems: only the first " +
                                                  std::to_string(max_reported) + " are listed"));
    }
}

} // namespace

Diagnostic make_diagnostic(std::string file, int line, int column, std::string message) {
    Diagnostic diagnostic;
    diagnostic.where.file = std::move(file);
    diagnostic.where.line = line;
    diagnostic.where.column = column;
    diagnostic.message = std::move(message);
    return diagnostic;
}

void throw_framework_error(Status status, std::string file, int line, int column,
                           std::string message) {
    std::vector<Diagnostic> diagnostics;
    diagnostics.push_back(make_diagnostic(std::move(file), line, column, std::move(message)));
    throw FrameworkError(status, std::move(diagnostics));
}

FrameworkDefinition load_definition(std::string_view text, const std::string& source_name) {
    if (text.size() > max_framework_bytes) {
        throw_framework_error(Status::validation_error, source_name, 0, 0,
                              "the input is " + std::to_string(text.size()) +
                                  " bytes; framework definitions are limited to " +
                                  std::to_string(max_framework_bytes >> 20) + " MiB");
    }
    ReadResult read = read_framework(text, source_name);
    normalize(read.definition);
    const ReportedPaths reported(read.reported_paths);
    auto diagnostics = std::move(read.diagnostics);
    for (const auto& problem : validate(read.definition)) {
        const bool follows = reported.covers(problem.path) ||
                             (!problem.cause.empty() && reported.covers(problem.cause));
        if (!follows) {
            const auto where = locate(problem.path, read.positions);
            diagnostics.push_back(make_diagnostic(source_name, where.line, where.column,
                                                  problem.message + first_at_line(problem, read)));
        }
    }
    if (!diagnostics.empty()) {
        std::stable_sort(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::pair(a.where.line, a.where.column) <
                                    std::pair(b.where.line, b.where.column);
                         });
        cap(diagnostics, source_name);
        throw FrameworkError(Status::validation_error, std::move(diagnostics));
    }
    return std::move(read.definition);
}

void check_definition(FrameworkDefinition& definition) {
    normalize(definition);
    const auto problems = validate(definition);
    if (problems.empty()) {
        return;
    }
    std::vector<Diagnostic> diagnostics;
    for (const auto& problem : problems) {
        std::string message =
            problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
        if (!problem.first_path.empty()) {
            message += " (first at " + problem.first_path + ")";
        }
        diagnostics.push_back(make_diagnostic({}, 0, 0, std::move(message)));
    }
    cap(diagnostics, {});
    throw FrameworkError(status_of(problems), std::move(diagnostics));
}

} // namespace qaf::detail
