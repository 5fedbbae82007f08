#include "boundary.hpp"

#include "qaf/date.hpp"

extern "C" {

qaf_status qaf_date_from_ymd(int32_t year, int32_t month, int32_t day, qaf_date* out,
                             qaf_error** out_error) {
    return qaf::capi::guarded(out_error, [&] {
        qaf::capi::require(out, "out");
        out->days = qaf::Date::from_ymd(year, month, day).days;
    });
}

void qaf_date_to_ymd(qaf_date date, int32_t* out_year, int32_t* out_month, int32_t* out_day) {
    const auto parts = qaf::civil_from_days(date.days);
    if (out_year != nullptr) {
        *out_year = parts.year;
    }
    if (out_month != nullptr) {
        *out_month = parts.month;
    }
    if (out_day != nullptr) {
        *out_day = parts.day;
    }
}

qaf_status qaf_date_parse(const char* text, qaf_date* out, qaf_error** out_error) {
    return qaf::capi::guarded(out_error, [&] {
        qaf::capi::require(text, "text");
        qaf::capi::require(out, "out");
        out->days = qaf::Date::parse(text).days;
    });
}

int32_t qaf_date_weekday(qaf_date date) {
    return static_cast<int32_t>(qaf::Date{date.days}.weekday());
}

} // extern "C"
