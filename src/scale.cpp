#include "qaf/scale.hpp"

#include <string>
#include <utility>

QAF_BEGIN_NAMESPACE

const ScaleLevel* RatingScale::find_level(std::string_view code) const noexcept {
    for (const auto& level : levels) {
        if (level.code == code) {
            return &level;
        }
    }
    return nullptr;
}

namespace {

// Every built-in allows N/A with a reason, except yes-no (a yes/no question has no N/A).
RatingScale make_scale(std::string id, std::string name, std::vector<ScaleLevel> levels,
                       bool allows_not_applicable = true) {
    RatingScale scale{std::move(id), std::move(name), std::move(levels), {}};
    scale.not_applicable.allowed = allows_not_applicable;
    return scale;
}

// Levels whose code and label are the number itself ("0-3", "1-4").
std::vector<ScaleLevel> numbered_levels(int first, int last) {
    std::vector<ScaleLevel> levels;
    for (int value = first; value <= last; ++value) {
        levels.push_back({std::to_string(value), std::to_string(value), double(value), ""});
    }
    return levels;
}

std::vector<ScaleLevel> percent_levels() {
    std::vector<ScaleLevel> levels;
    for (int value = 0; value <= 100; value += 5) {
        levels.push_back({std::to_string(value), std::to_string(value) + "%", double(value), ""});
    }
    return levels;
}

std::vector<RatingScale> make_builtin_scales() {
    std::vector<RatingScale> scales;
    scales.push_back(
        make_scale("rag", "Red, amber, green",
                   {{"R", "Red", 1, ""}, {"A", "Amber", 2, ""}, {"G", "Green", 3, ""}}));
    scales.push_back(make_scale("ofsted", "Ofsted four-point scale",
                                {{"I", "Inadequate", 1, ""},
                                 {"RI", "Requires improvement to be good", 2, ""},
                                 {"G", "Good", 3, ""},
                                 {"O", "Outstanding", 4, ""}}));
    scales.push_back(make_scale(
        "met", "Not met, partially met, fully met",
        {{"N", "Not met", 0, ""}, {"P", "Partially met", 1, ""}, {"F", "Fully met", 2, ""}}));
    scales.push_back(make_scale("0-3", "0 to 3", numbered_levels(0, 3)));
    scales.push_back(make_scale("1-4", "1 to 4", numbered_levels(1, 4)));
    scales.push_back(make_scale("percent-5", "Percentage in 5% steps", percent_levels()));
    scales.push_back(
        make_scale("yes-no", "Yes or no", {{"N", "No", 0, ""}, {"Y", "Yes", 1, ""}}, false));
    return scales;
}

} // namespace

std::span<const RatingScale> builtin_scales() {
    static const std::vector<RatingScale> scales = make_builtin_scales();
    return scales;
}

const RatingScale* find_builtin_scale(std::string_view id) noexcept {
    for (const auto& scale : builtin_scales()) {
        if (scale.id == id) {
            return &scale;
        }
    }
    return nullptr;
}

QAF_END_NAMESPACE
