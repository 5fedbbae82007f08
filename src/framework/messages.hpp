// Wording helpers shared by the framework reader and validator, so that every message quotes,
// suggests and lists values the same way.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace qaf::detail {

// The length of the valid UTF-8 sequence starting at text[at] (1 for ASCII), or 0 when the bytes
// there are not valid UTF-8 (overlong forms and surrogates included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);
bool is_valid_utf8(std::string_view text);

// 'value' in single quotes, cut to about 60 characters, control characters and bytes that are
// not UTF-8 escaped (messages stay printable, one line, and valid UTF-8).
std::string quote(std::string_view value);

// The shortest text that reads back as the same double: 90, 0.5, 1e+30.
std::string format_number(double value);

// The candidate closest to text when it is close enough to be a likely typo, else empty.
std::string_view closest_match(std::string_view text, std::span<const std::string_view> candidates);
std::string_view closest_match(std::string_view text, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" when a candidate is close, else "".
std::string did_you_mean(std::string_view text, std::span<const std::string_view> candidates);
std::string did_you_mean(std::string_view text, const std::vector<std::string>& candidates);

// "unknown polarity 'up'; expected one of: a, b" or "unknown sector 'polise' (did you mean
// 'police'?)".
std::string unknown_value_message(std::string_view what, std::string_view value,
                                  std::span<const std::string_view> valid);

std::string join(std::span<const std::string_view> items, std::string_view separator);

} // namespace qaf::detail
