// Rating scales: the ordered levels an agency, a scrutiny panel or an auditor grades against
// (RAG, Ofsted's four points, Fully/Partially/Not met, 0-3, 1-4, 0-100% in 5% steps, Yes/No).
#pragma once

#include "qaf/base.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

QAF_BEGIN_NAMESPACE

struct ScaleLevel {
    std::string code;   // what a return or audit records, e.g. "G", "RI", "2"
    std::string label;  // e.g. "Requires improvement to be good"
    double value = 0;   // numeric value used in scoring; strictly increasing along the scale
    std::string colour; // "#RRGGBB", or empty

    friend bool operator==(const ScaleLevel&, const ScaleLevel&) = default;
};

// "Not applicable": when allowed, an N/A answer is excluded from scoring (never scored as 0).
struct NotApplicableRule {
    bool allowed = false;
    std::string code = "NA";
    bool reason_required = true; // an N/A answer must say why

    friend bool operator==(const NotApplicableRule&, const NotApplicableRule&) = default;
};

struct RatingScale {
    std::string id;
    std::string name;
    std::vector<ScaleLevel> levels; // worst first, best last
    NotApplicableRule not_applicable;

    const ScaleLevel* find_level(std::string_view code) const noexcept;
    const ScaleLevel& worst() const { return levels.front(); }
    const ScaleLevel& best() const { return levels.back(); }

    friend bool operator==(const RatingScale&, const RatingScale&) = default;
};

// The built-in scales every framework can name without declaring them:
//   "rag", "ofsted", "met", "0-3", "1-4", "percent-5", "yes-no" (docs/framework-format.md).
std::span<const RatingScale> builtin_scales();
const RatingScale* find_builtin_scale(std::string_view id) noexcept;

QAF_END_NAMESPACE
