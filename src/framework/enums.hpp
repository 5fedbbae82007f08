// The names of the framework enums as written in files, for reading, writing and messages.
#pragma once

#include "qaf/framework.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace qaf::detail {

struct EnumInfo {
    std::string_view what;                   // how messages name it: "polarity", "sector"
    std::span<const std::string_view> names; // indexed by the enumerator's value
};

// Defined in enums.cpp for every enum of framework.hpp whose values count from 0.
template <class Enum>
const EnumInfo& enum_info() noexcept;

template <class Enum>
bool is_known(Enum value) noexcept {
    return static_cast<std::size_t>(value) < enum_info<Enum>().names.size();
}

template <class Enum>
std::optional<Enum> parse_enum(std::string_view name) noexcept {
    const auto& names = enum_info<Enum>().names;
    for (std::size_t index = 0; index < names.size(); ++index) {
        if (names[index] == name) {
            return static_cast<Enum>(index);
        }
    }
    return std::nullopt;
}

// WorkingTogetherEdition is numbered by its year, so it has its own pair.
std::span<const WorkingTogetherEdition> working_together_editions() noexcept;
bool is_known(WorkingTogetherEdition edition) noexcept;

// The sector groups allowed in applies_to ("health", "schools"...), and their expansion.
std::span<const std::string_view> sector_group_names() noexcept;
std::span<const Sector> sector_group(std::string_view name) noexcept; // empty when not a group

} // namespace qaf::detail
