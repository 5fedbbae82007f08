// The built-in rating scales, exactly as the table in docs/framework-format.md.
#include "qaf/scale.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using qaf::ScaleLevel;

// "code=value" for each level, worst first.
std::vector<std::string> codes_and_values(const qaf::RatingScale& scale) {
    std::vector<std::string> items;
    for (const auto& level : scale.levels) {
        items.push_back(level.code + "=" + std::to_string(static_cast<int>(level.value)));
    }
    return items;
}

const qaf::RatingScale& builtin(std::string_view id) {
    const auto* scale = qaf::find_builtin_scale(id);
    EXPECT_NE(scale, nullptr) << id;
    return *scale;
}

TEST(Scale, BuiltinIdsInTheOrderOfTheFormatPage) {
    std::vector<std::string> ids;
    for (const auto& scale : qaf::builtin_scales()) {
        ids.push_back(scale.id);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"rag", "ofsted", "met", "0-3", "1-4", "percent-5",
                                             "yes-no"}));
}

TEST(Scale, BuiltinLevels) {
    EXPECT_EQ(builtin("rag").levels,
              (std::vector<ScaleLevel>{
                  {"R", "Red", 1, ""}, {"A", "Amber", 2, ""}, {"G", "Green", 3, ""}}));
    EXPECT_EQ(builtin("ofsted").levels,
              (std::vector<ScaleLevel>{{"I", "Inadequate", 1, ""},
                                       {"RI", "Requires improvement to be good", 2, ""},
                                       {"G", "Good", 3, ""},
                                       {"O", "Outstanding", 4, ""}}));
    EXPECT_EQ(builtin("met").levels, (std::vector<ScaleLevel>{{"N", "Not met", 0, ""},
                                                              {"P", "Partially met", 1, ""},
                                                              {"F", "Fully met", 2, ""}}));
    EXPECT_EQ(codes_and_values(builtin("0-3")),
              (std::vector<std::string>{"0=0", "1=1", "2=2", "3=3"}));
    EXPECT_EQ(codes_and_values(builtin("1-4")),
              (std::vector<std::string>{"1=1", "2=2", "3=3", "4=4"}));
    EXPECT_EQ(builtin("yes-no").levels,
              (std::vector<ScaleLevel>{{"N", "No", 0, ""}, {"Y", "Yes", 1, ""}}));
}

TEST(Scale, PercentInFivePercentSteps) {
    const auto& percent = builtin("percent-5");
    ASSERT_EQ(percent.levels.size(), 21u);
    EXPECT_EQ(percent.worst(), (ScaleLevel{"0", "0%", 0, ""}));
    EXPECT_EQ(percent.best(), (ScaleLevel{"100", "100%", 100, ""}));
    ASSERT_NE(percent.find_level("55"), nullptr);
    EXPECT_EQ(percent.find_level("55")->value, 55);
    EXPECT_EQ(percent.find_level("56"), nullptr);
}

TEST(Scale, EveryBuiltinButYesNoAllowsNotApplicableWithAReason) {
    for (const auto& scale : qaf::builtin_scales()) {
        SCOPED_TRACE(scale.id);
        EXPECT_EQ(scale.not_applicable.allowed, scale.id != "yes-no");
        EXPECT_EQ(scale.not_applicable.code, "NA");
        EXPECT_TRUE(scale.not_applicable.reason_required);
        EXPECT_FALSE(scale.name.empty());
        for (std::size_t i = 1; i < scale.levels.size(); ++i) {
            EXPECT_LT(scale.levels[i - 1].value, scale.levels[i].value);
        }
    }
}

TEST(Scale, FindLevelAndEnds) {
    const auto& ofsted = builtin("ofsted");
    EXPECT_EQ(ofsted.find_level("RI")->label, "Requires improvement to be good");
    EXPECT_EQ(ofsted.find_level("ri"), nullptr); // codes are case-sensitive
    EXPECT_EQ(ofsted.find_level("NA"), nullptr); // N/A is not a level
    EXPECT_EQ(ofsted.worst().code, "I");
    EXPECT_EQ(ofsted.best().code, "O");
    EXPECT_EQ(qaf::find_builtin_scale("five-point"), nullptr);
    EXPECT_EQ(qaf::find_builtin_scale(""), nullptr);
}

} // namespace
