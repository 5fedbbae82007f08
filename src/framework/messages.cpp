#include "framework/messages.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace qaf::detail {
namespace {

constexpr std::size_t max_quoted_bytes = 60;
// Longer words are not typos of a key or an enum value; also bounds the quadratic distance.
constexpr std::size_t max_suggestion_length = 80;
// Suggestions come from short lists (keys, enum values, a framework's agencies); a hostile file
// with thousands of ids gets none rather than millions of distance computations.
constexpr std::size_t max_candidates = 200;

// Back up from a cut so that it does not split a UTF-8 sequence.
std::size_t utf8_boundary(std::string_view text, std::size_t cut) {
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return cut;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// adjacent characters each cost 1, so 'section_157' is one edit from 'section_175'.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> before_previous(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before_previous[j - 2] + 1);
            }
        }
        std::swap(before_previous, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Words partnerships write for a value that the format spells differently; spelling distance
// would suggest the wrong value ('bi-monthly' is not 'monthly').
struct Synonym {
    std::string_view written;
    std::string_view meant;
};
constexpr Synonym synonyms[] = {
    {"bi_monthly", "every_two_months"},
    {"bimonthly", "every_two_months"},
    {"two_monthly", "every_two_months"},
    {"six_monthly", "every_six_months"},
    {"biannual", "every_six_months"},
    {"biennial", "every_two_years"},
    {"bi_annual", "every_six_months"},
    {"annual", "yearly"},
    {"annually", "yearly"},
    {"section_157", "section_175"},
};

// The value a synonym means, when that value is one of the candidates.
template <class Candidates>
std::string_view synonym_in(std::string_view text, const Candidates& candidates) {
    std::string normalised(text);
    std::replace(normalised.begin(), normalised.end(), '-', '_');
    std::transform(normalised.begin(), normalised.end(), normalised.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto& synonym : synonyms) {
        if (normalised != synonym.written) {
            continue;
        }
        for (const auto& candidate : candidates) {
            if (std::string_view(candidate) == synonym.meant) {
                return candidate;
            }
        }
    }
    return {};
}

// Close: at most 2 edits (or a third of the length for long words), and not a complete
// rewrite of a short word ('x' is not a typo of 'id').
bool is_close(std::string_view text, std::string_view candidate, std::size_t distance) {
    const std::size_t allowed =
        std::max<std::size_t>(2, std::max(text.size(), candidate.size()) / 3);
    return distance <= allowed && distance < text.size();
}

template <class Candidates>
std::string_view closest(std::string_view text, const Candidates& candidates) {
    if (text.empty() || text.size() > max_suggestion_length ||
        std::size(candidates) > max_candidates) {
        return {};
    }
    if (const auto meant = synonym_in(text, candidates); !meant.empty()) {
        return meant;
    }
    std::string_view best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (const auto& candidate : candidates) {
        const std::string_view name = candidate;
        if (name.size() > max_suggestion_length) {
            continue;
        }
        const std::size_t distance = edit_distance(text, name);
        if (distance < best_distance && is_close(text, name, distance)) {
            best = name;
            best_distance = distance;
        }
    }
    return best;
}

std::string suggestion_text(std::string_view match) {
    return match.empty() ? std::string() : " (did you mean " + quote(match) + "?)";
}

} // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (byte(at + i) & 0x3F);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return overlong || surrogate || code > 0x10FFFF ? 0 : length;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_sequence_length(text, at);
        if (length == 0) {
            return false;
        }
        at += length;
    }
    return true;
}

std::string quote(std::string_view value) {
    const std::size_t cut = utf8_boundary(value, std::min(value.size(), max_quoted_bytes));
    std::string text = "'";
    const auto escape = [&](unsigned char byte) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
        text += escaped;
    };
    for (std::size_t at = 0; at < cut;) {
        const char c = value[at];
        const auto byte = static_cast<unsigned char>(c);
        const std::size_t length = utf8_sequence_length(value, at);
        if (c == '\n') {
            text += "\\n";
        } else if (c == '\t') {
            text += "\\t";
        } else if (length == 0 || byte < 0x20 || byte == 0x7F) {
            escape(byte);
        } else {
            text += value.substr(at, length);
            at += length;
            continue;
        }
        ++at;
    }
    if (cut < value.size()) {
        text += "...";
    }
    return text + "'";
}

std::string format_number(double value) {
    if (!std::isfinite(value)) {
        return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    }
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string_view closest_match(std::string_view text,
                               std::span<const std::string_view> candidates) {
    return closest(text, candidates);
}

std::string_view closest_match(std::string_view text, const std::vector<std::string>& candidates) {
    return closest(text, candidates);
}

std::string did_you_mean(std::string_view text, std::span<const std::string_view> candidates) {
    return suggestion_text(closest_match(text, candidates));
}

std::string did_you_mean(std::string_view text, const std::vector<std::string>& candidates) {
    return suggestion_text(closest_match(text, candidates));
}

std::string unknown_value_message(std::string_view what, std::string_view value,
                                  std::span<const std::string_view> valid) {
    std::string message = "unknown " + std::string(what) + " " + quote(value);
    const auto match = closest_match(value, valid);
    if (!match.empty()) {
        return message + suggestion_text(match);
    }
    return message + "; expected one of: " + join(valid, ", ");
}

std::string join(std::span<const std::string_view> items, std::string_view separator) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) {
            text += separator;
        }
        text += item;
    }
    return text;
}

} // namespace qaf::detail
