// The C header must compile as C++ too (extern "C" guard, no C-only constructs), and its codes
// must equal the core's Status values.
#include "qaf/qaf.h"

#include "qaf/error.hpp"

#include <gtest/gtest.h>

namespace {

TEST(CApiHeader, CodesMatchTheCore) {
    EXPECT_EQ(QAF_E_INVALID_ARGUMENT, static_cast<int>(qaf::Status::invalid_argument));
    EXPECT_EQ(QAF_E_OUT_OF_RANGE, static_cast<int>(qaf::Status::out_of_range));
    EXPECT_EQ(QAF_E_PARSE, static_cast<int>(qaf::Status::parse_error));
    EXPECT_EQ(QAF_E_VALIDATION, static_cast<int>(qaf::Status::validation_error));
    EXPECT_EQ(QAF_E_NOT_FOUND, static_cast<int>(qaf::Status::not_found));
    EXPECT_EQ(QAF_E_IO, static_cast<int>(qaf::Status::io_error));
    EXPECT_EQ(QAF_E_BUFFER_TOO_SMALL, static_cast<int>(qaf::Status::buffer_too_small));
    EXPECT_EQ(QAF_E_UNSUPPORTED_VERSION, static_cast<int>(qaf::Status::unsupported_version));
    EXPECT_EQ(QAF_E_INTERNAL, static_cast<int>(qaf::Status::internal));
    EXPECT_EQ(sizeof(qaf_date), sizeof(int32_t));
}

} // namespace
