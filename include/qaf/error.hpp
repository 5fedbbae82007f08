// The one exception hierarchy of the qaf core. Every error carries a Status, which the C API
// returns as its qaf_status and the Python module maps to a qaf.Error subclass.
#pragma once

#include "qaf/base.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

QAF_BEGIN_NAMESPACE

// Numeric values are part of the C ABI (QAF_E_* in qaf.h): never renumber, only add.
enum class Status : std::int32_t {
    ok = 0,
    invalid_argument = -1,    // a value outside its domain (a 30 February, a NULL handle)
    out_of_range = -2,        // a valid value outside what qaf covers (a year before 1970)
    parse_error = -3,         // text that is not in the expected syntax
    validation_error = -4,    // well-formed input that breaks a rule (a dangling reference)
    not_found = -5,           // a named thing that does not exist (an unknown framework id)
    io_error = -6,            // a file that cannot be read or written
    buffer_too_small = -7,    // a caller's buffer is too small (C API only)
    unsupported_version = -8, // a schema_version or archive version qaf cannot read
    internal = -100,          // a bug in qaf: please report it
};

// Static English text for a status, e.g. "invalid argument".
const char* status_string(Status status) noexcept;

// Where in an input file something was found. Lines and columns count from 1; 0 means unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

// One problem found in an input, with its location.
struct Diagnostic {
    SourceLocation where;
    std::string message;

    // "file:line:column: message", leaving out the parts that are unknown.
    std::string to_string() const;
};

class Error : public std::runtime_error {
public:
    Error(Status status, const std::string& message);
    Status status() const noexcept { return status_; }

private:
    Status status_;
};

class InvalidArgument : public Error {
public:
    explicit InvalidArgument(const std::string& message);
};

class OutOfRange : public Error {
public:
    explicit OutOfRange(const std::string& message);
};

class NotFound : public Error {
public:
    explicit NotFound(const std::string& message);
};

class IoError : public Error {
public:
    explicit IoError(const std::string& message);
};

class UnsupportedVersion : public Error {
public:
    explicit UnsupportedVersion(const std::string& message);
};

// An input (a file or a string) that could not be loaded: every problem found, each located.
// what() lists them one per line as "file:line:column: message".
class LoadError : public Error {
public:
    LoadError(Status status, std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// A framework definition that failed to load or validate (see framework.hpp).
class FrameworkError : public LoadError {
public:
    FrameworkError(Status status, std::vector<Diagnostic> diagnostics);
};

QAF_END_NAMESPACE
