// Where the C++ tests find their data, and how they read it.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace qaf::test {

// tests/data/frameworks: valid/, invalid/ (the malformed corpus), multi/, golden files.
inline const std::filesystem::path framework_data_dir =
    std::filesystem::path(QAF_TEST_DATA_DIR) / "frameworks";
// frameworks/: the bundled definitions compiled into the library.
inline const std::filesystem::path bundled_frameworks_dir = QAF_FRAMEWORKS_DIR;

// The whole file as bytes ("" when it cannot be read: the test's own assertions then fail).
inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace qaf::test
