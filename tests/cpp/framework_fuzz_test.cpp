// Hostile inputs for the framework loaders: random bytes, random YAML-like token soup, every
// truncation of valid files and random byte changes. Whatever the input, a load either succeeds
// or throws a qaf::Error; it never crashes, hangs or lets another exception out. Seeds are fixed,
// so a failure reproduces. (Also run under ASan/UBSan: make test SANITIZE=1.)
#include "qaf/error.hpp"
#include "qaf/framework.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using qaf::Framework;

const fs::path& data_dir = qaf::test::framework_data_dir;

using qaf::test::read_text;

// The input as a C++ string literal, so that a failure can be turned into a test.
std::string as_literal(std::string_view text) {
    std::string literal = "\"";
    for (const char c : text.substr(0, 2000)) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            literal += '\\';
            literal += c;
        } else if (byte >= 0x20 && byte < 0x7F) {
            literal += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X\"\"", byte);
            literal += escaped;
        }
    }
    return literal + "\"";
}

// Loads text. Anything loaded must also survive its own canonical JSON.
void load_anything(std::string_view text) {
    try {
        const auto framework = Framework::from_string(text, "fuzz.yaml");
        const auto json = framework.to_json();
        EXPECT_EQ(Framework::from_string(json, "fuzz.json"), framework) << as_literal(text);
    } catch (const qaf::Error&) {
        // expected for almost every input
    } catch (const std::exception& error) {
        ADD_FAILURE() << "non-qaf exception '" << error.what() << "' for " << as_literal(text);
    } catch (...) {
        ADD_FAILURE() << "unknown exception for " << as_literal(text);
    }
}

void load_snapshot_anything(const std::string& bytes) {
    std::istringstream in(bytes);
    try {
        Framework::load_snapshot(in);
    } catch (const qaf::Error&) {
    } catch (const std::exception& error) {
        ADD_FAILURE() << "non-qaf exception '" << error.what() << "' for snapshot "
                      << as_literal(bytes);
    } catch (...) {
        ADD_FAILURE() << "unknown exception for snapshot " << as_literal(bytes);
    }
}

std::string random_bytes(std::mt19937& random, std::size_t length) {
    std::uniform_int_distribution<int> byte(0, 255);
    std::string text(length, '\0');
    for (auto& c : text) {
        c = static_cast<char>(byte(random));
    }
    return text;
}

// Pieces of YAML and of framework files, so that inputs get past the parser into the reader.
std::string token_soup(std::mt19937& random, std::size_t tokens) {
    static const std::vector<std::string> pieces = {"schema_version: 1\n",
                                                    "id: x\n",
                                                    "name: N\n",
                                                    "partnership:\n",
                                                    "  name: P\n",
                                                    "  working_together: {edition: 2023}\n",
                                                    "agencies:\n",
                                                    "governance:\n",
                                                    "scales:\n",
                                                    "assessment_tools:\n",
                                                    "case_audit_tools:\n",
                                                    "indicators:\n",
                                                    "programme:\n",
                                                    "timescales:\n",
                                                    "calendars:\n",
                                                    "levels:",
                                                    "sections:",
                                                    "standards:",
                                                    "criteria:",
                                                    "measure:",
                                                    "kind:",
                                                    "sector:",
                                                    "weight:",
                                                    "- ",
                                                    "  ",
                                                    "    ",
                                                    "\n",
                                                    "{",
                                                    "}",
                                                    "[",
                                                    "]",
                                                    ", ",
                                                    ": ",
                                                    "&a ",
                                                    "*a",
                                                    "&b ",
                                                    "*b",
                                                    "!!str ",
                                                    "? ",
                                                    "|\n",
                                                    ">\n",
                                                    "'",
                                                    "\"",
                                                    "#",
                                                    "~",
                                                    "null",
                                                    "1",
                                                    "-1",
                                                    "0.5",
                                                    "1e400",
                                                    "2024-02-30",
                                                    "police",
                                                    "ofsted",
                                                    "x",
                                                    "\t",
                                                    "---\n",
                                                    "...\n",
                                                    "%YAML 1.2\n",
                                                    "\xEF\xBB\xBF",
                                                    "\xC3\xA9",
                                                    "\xFF",
                                                    std::string(1, '\0')};
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < tokens; ++i) {
        text += pieces[pick(random)];
    }
    return text;
}

// Replaces, inserts or deletes a few bytes.
std::string mutate(std::mt19937& random, std::string text) {
    std::uniform_int_distribution<int> changes(1, 4);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> kind(0, 3);
    for (int change = changes(random); change > 0 && !text.empty(); --change) {
        std::uniform_int_distribution<std::size_t> at(0, text.size() - 1);
        const auto position = at(random);
        switch (kind(random)) {
        case 0:
            text[position] = static_cast<char>(byte(random));
            break;
        case 1:
            text[position] = static_cast<char>(text[position] ^ (1 << (byte(random) % 8)));
            break;
        case 2:
            text.insert(position, 1, static_cast<char>(byte(random)));
            break;
        default:
            text.erase(position, 1);
        }
    }
    return text;
}

TEST(FrameworkFuzz, RandomBytes) {
    for (unsigned seed : {1u, 2u}) {
        std::mt19937 random(seed);
        std::uniform_int_distribution<std::size_t> length(0, 300);
        for (int i = 0; i < 1000; ++i) {
            load_anything(random_bytes(random, length(random)));
        }
    }
}

TEST(FrameworkFuzz, YamlTokenSoup) {
    for (unsigned seed : {3u, 4u}) {
        std::mt19937 random(seed);
        std::uniform_int_distribution<std::size_t> tokens(0, 80);
        for (int i = 0; i < 1000; ++i) {
            load_anything(token_soup(random, tokens(random)));
        }
    }
}

TEST(FrameworkFuzz, EveryTruncationOfValidFiles) {
    const auto minimal = read_text(data_dir / "valid" / "minimal.yaml");
    ASSERT_FALSE(minimal.empty());
    for (std::size_t length = 0; length <= minimal.size(); ++length) {
        load_anything(std::string_view(minimal).substr(0, length));
    }
    // Every cut in the first 1500 bytes (top level, partnership, governance), then every
    // seventh: each load of the whole file takes a millisecond or more.
    const auto complete = read_text(data_dir / "valid" / "complete.yaml");
    ASSERT_GT(complete.size(), 1500u);
    for (std::size_t length = 0; length <= complete.size(); length += length < 1500 ? 1 : 7) {
        load_anything(std::string_view(complete).substr(0, length));
    }
}

TEST(FrameworkFuzz, RandomChangesToValidFiles) {
    const auto yaml = read_text(data_dir / "valid" / "complete.yaml");
    const auto json = Framework::from_string(yaml).to_json();
    std::mt19937 random(5);
    for (int i = 0; i < 1000; ++i) {
        load_anything(mutate(random, yaml));
    }
    for (int i = 0; i < 300; ++i) {
        load_anything(mutate(random, json));
    }
}

TEST(FrameworkFuzz, DamagedSnapshots) {
    std::stringstream snapshot;
    Framework::load(data_dir / "valid" / "complete.yaml").save_snapshot(snapshot);
    const auto bytes = snapshot.str();
    for (std::size_t length = 0; length < bytes.size(); length += 3) {
        load_snapshot_anything(bytes.substr(0, length));
    }
    std::mt19937 random(6);
    for (int i = 0; i < 2000; ++i) {
        load_snapshot_anything(mutate(random, bytes));
    }
    for (int i = 0; i < 200; ++i) {
        load_snapshot_anything("qaf-framework-snapshot 1\n" + random_bytes(random, 200));
    }
}

} // namespace
