// Files compiled into the library by cmake/QafEmbedFiles.cmake (e.g. the bundled frameworks).
#pragma once

#include <cstddef>

namespace qaf::detail {

struct EmbeddedFile {
    const char* stem; // file name without directory or extension, e.g. "wt2023-default"
    const char* data; // the bytes, followed by a terminating NUL
    std::size_t size; // number of bytes, without the NUL
};

// The array ends with a {nullptr, nullptr, 0} sentinel; *_count excludes it.
extern const EmbeddedFile bundled_frameworks[];
extern const std::size_t bundled_frameworks_count;

} // namespace qaf::detail
