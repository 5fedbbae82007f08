// Reporting periods over the C ABI: financial years and quarters, academic years, labels.
#include "boundary.hpp"

#include "qaf/period.hpp"

#include <algorithm>
#include <string>

namespace {

using qaf::capi::guarded;
using qaf::capi::require;

qaf::Date to_core(qaf_date date) {
    return qaf::Date{date.days};
}

qaf::PeriodKind kind_from(int32_t kind) {
    if (kind < QAF_PERIOD_MONTH || kind > QAF_PERIOD_ACADEMIC_YEAR) {
        throw qaf::InvalidArgument("kind " + std::to_string(kind) +
                                   " is not a QAF_PERIOD_* value (1..4)");
    }
    return static_cast<qaf::PeriodKind>(kind);
}

template <class Function>
qaf_status each_date(const qaf_date* dates, size_t count, int32_t* out, const char* out_name,
                     qaf_error** out_error, Function function) {
    return guarded(out_error, [&] {
        if (count > 0) {
            require(dates, "dates");
            require(out, out_name);
        }
        std::transform(dates, dates + count, out,
                       [&](qaf_date date) { return function(to_core(date)); });
    });
}

// Copies text and its NUL into buffer; buffer NULL only asks for the length.
void write_text(const std::string& text, char* buffer, size_t size, size_t* out_length) {
    if (out_length != nullptr) {
        *out_length = text.size();
    }
    if (buffer == nullptr) {
        return;
    }
    if (size < text.size() + 1) {
        throw qaf::Error(qaf::Status::buffer_too_small,
                         "the buffer holds " + std::to_string(size) + " bytes; " +
                             std::to_string(text.size() + 1) + " are needed");
    }
    std::copy(text.begin(), text.end(), buffer);
    buffer[text.size()] = '\0';
}

} // namespace

extern "C" {

qaf_status qaf_financial_year(qaf_date date, int32_t* out_start_year, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out_start_year, "out_start_year");
        *out_start_year = qaf::financial_year_start(to_core(date));
    });
}

qaf_status qaf_financial_quarter(qaf_date date, int32_t* out_quarter, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out_quarter, "out_quarter");
        *out_quarter = qaf::financial_quarter(to_core(date));
    });
}

qaf_status qaf_academic_year(qaf_date date, int32_t* out_start_year, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out_start_year, "out_start_year");
        *out_start_year = qaf::academic_year_start(to_core(date));
    });
}

qaf_status qaf_financial_year_array(const qaf_date* dates, size_t count, int32_t* out_start_years,
                                    qaf_error** out_error) {
    return each_date(dates, count, out_start_years, "out_start_years", out_error,
                     qaf::financial_year_start);
}

qaf_status qaf_financial_quarter_array(const qaf_date* dates, size_t count, int32_t* out_quarters,
                                       qaf_error** out_error) {
    return each_date(dates, count, out_quarters, "out_quarters", out_error, qaf::financial_quarter);
}

qaf_status qaf_period_bounds(int32_t kind, qaf_date date, qaf_date* out_first_day,
                             qaf_date* out_last_day, qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto period = qaf::period_of(kind_from(kind), to_core(date));
        if (out_first_day != nullptr) {
            out_first_day->days = period.first_day().days;
        }
        if (out_last_day != nullptr) {
            out_last_day->days = period.last_day().days;
        }
    });
}

qaf_status qaf_period_label(int32_t kind, qaf_date date, char* buffer, size_t size,
                            size_t* out_length, qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto period = qaf::period_of(kind_from(kind), to_core(date));
        write_text(period.label(), buffer, size, out_length);
    });
}

} // extern "C"
