#include "qaf/error.hpp"

#include <gtest/gtest.h>

namespace {

TEST(Error, StatusCodesAreTheCApiValues) {
    EXPECT_EQ(static_cast<int>(qaf::Status::invalid_argument), -1);
    EXPECT_EQ(static_cast<int>(qaf::Status::validation_error), -4);
    EXPECT_EQ(static_cast<int>(qaf::Status::internal), -100);
    EXPECT_STREQ(qaf::status_string(qaf::Status::io_error), "input/output error");
    EXPECT_STREQ(qaf::status_string(static_cast<qaf::Status>(7)), "unknown status");
}

TEST(Error, SubclassesCarryTheirStatus) {
    EXPECT_EQ(qaf::InvalidArgument("x").status(), qaf::Status::invalid_argument);
    EXPECT_EQ(qaf::OutOfRange("x").status(), qaf::Status::out_of_range);
    EXPECT_EQ(qaf::NotFound("x").status(), qaf::Status::not_found);
    EXPECT_EQ(qaf::IoError("x").status(), qaf::Status::io_error);
    EXPECT_EQ(qaf::UnsupportedVersion("x").status(), qaf::Status::unsupported_version);
}

TEST(Error, DiagnosticsFormatWithTheKnownParts) {
    EXPECT_EQ((qaf::Diagnostic{{"a.yaml", 3, 7}, "bad"}).to_string(), "a.yaml:3:7: bad");
    EXPECT_EQ((qaf::Diagnostic{{"a.yaml", 3, 0}, "bad"}).to_string(), "a.yaml:3: bad");
    EXPECT_EQ((qaf::Diagnostic{{"", 0, 0}, "bad"}).to_string(), "bad");
}

TEST(Error, LoadErrorListsEveryProblem) {
    qaf::FrameworkError error(qaf::Status::validation_error,
                              {{{"f.yaml", 1, 2}, "first"}, {{"f.yaml", 9, 1}, "second"}});
    EXPECT_STREQ(error.what(), "f.yaml:1:2: first\nf.yaml:9:1: second");
    EXPECT_EQ(error.diagnostics().size(), 2u);
    EXPECT_EQ(error.status(), qaf::Status::validation_error);
}

} // namespace
