// qaf_calendar and the England & Wales bank holidays over the C ABI.
#include "boundary.hpp"

#include "qaf/calendar.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

struct qaf_calendar {
    qaf::Calendar calendar;
};

namespace {

using qaf::capi::guarded;
using qaf::capi::require;

qaf::Date to_core(qaf_date date) {
    return qaf::Date{date.days};
}

// An array parameter: NULL is fine only for an empty array.
void require_array(const void* array, size_t count, const char* parameter) {
    if (array == nullptr && count > 0) {
        throw qaf::InvalidArgument(std::string(parameter) + " must not be NULL when its count is " +
                                   std::to_string(count));
    }
}

std::vector<qaf::Date> to_core(const qaf_date* dates, size_t count, const char* parameter) {
    require_array(dates, count, parameter);
    std::vector<qaf::Date> copy(count);
    std::transform(dates, dates + count, copy.begin(), [](qaf_date date) { return to_core(date); });
    return copy;
}

qaf::CalendarOptions to_core(const qaf_calendar_options& options) {
    if (options.version == 0 || options.version > QAF_CALENDAR_OPTIONS_VERSION) {
        throw qaf::UnsupportedVersion("options->version " + std::to_string(options.version) +
                                      " is not supported (this library knows 1.." +
                                      std::to_string(QAF_CALENDAR_OPTIONS_VERSION) + ")");
    }
    qaf::CalendarOptions core;
    core.closures = to_core(options.closures, options.closure_count, "options->closures");
    if (options.replace_holidays != 0) {
        core.holidays = to_core(options.holidays, options.holiday_count, "options->holidays");
    }
    return core;
}

const qaf::Calendar& calendar_of(const qaf_calendar* calendar) {
    require(calendar, "calendar");
    return calendar->calendar;
}

} // namespace

extern "C" {

qaf_status qaf_calendar_options_init(qaf_calendar_options* options, uint32_t version) {
    return guarded(nullptr, [&] {
        require(options, "options");
        if (version == 0 || version > QAF_CALENDAR_OPTIONS_VERSION) {
            throw qaf::UnsupportedVersion("unsupported calendar options version");
        }
        *options = qaf_calendar_options{};
        options->version = version;
    });
}

qaf_status qaf_calendar_create(const qaf_calendar_options* options, qaf_calendar** out,
                               qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out, "out");
        auto core = options ? qaf::Calendar(to_core(*options)) : qaf::Calendar();
        *out = new qaf_calendar{std::move(core)};
    });
}

void qaf_calendar_destroy(qaf_calendar** calendar) {
    if (calendar != nullptr) {
        delete *calendar;
        *calendar = nullptr;
    }
}

qaf_status qaf_calendar_is_working_day(const qaf_calendar* calendar, qaf_date date,
                                       int32_t* out_is_working_day, qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto& core = calendar_of(calendar);
        require(out_is_working_day, "out_is_working_day");
        *out_is_working_day = core.is_working_day(to_core(date)) ? 1 : 0;
    });
}

qaf_status qaf_calendar_working_days_between(const qaf_calendar* calendar, qaf_date start,
                                             qaf_date end, int32_t* out_count,
                                             qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto& core = calendar_of(calendar);
        require(out_count, "out_count");
        *out_count = core.working_days_between(to_core(start), to_core(end));
    });
}

qaf_status qaf_calendar_working_days_between_array(const qaf_calendar* calendar,
                                                   const qaf_date* starts, const qaf_date* ends,
                                                   size_t count, int32_t* out_counts,
                                                   qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto& core = calendar_of(calendar);
        require_array(out_counts, count, "out_counts");
        // One copy per array (qaf_date and qaf::Date are distinct types), none per element.
        const auto core_starts = to_core(starts, count, "starts");
        const auto core_ends = to_core(ends, count, "ends");
        core.working_days_between(core_starts, core_ends, std::span(out_counts, count));
    });
}

qaf_status qaf_calendar_add_working_days(const qaf_calendar* calendar, qaf_date date, int32_t n,
                                         qaf_date* out_date, qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto& core = calendar_of(calendar);
        require(out_date, "out_date");
        out_date->days = core.add_working_days(to_core(date), n).days;
    });
}

qaf_status qaf_calendar_within_working_days(const qaf_calendar* calendar, qaf_date start,
                                            qaf_date end, int32_t n, int32_t* out_within,
                                            qaf_error** out_error) {
    return guarded(out_error, [&] {
        const auto& core = calendar_of(calendar);
        require(out_within, "out_within");
        *out_within = core.within_working_days(to_core(start), to_core(end), n) ? 1 : 0;
    });
}

qaf_status qaf_bank_holidays(int32_t first_year, int32_t last_year, qaf_date* buffer,
                             size_t capacity, size_t* out_count, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out_count, "out_count");
        const auto holidays = qaf::england_and_wales_bank_holidays(first_year, last_year);
        *out_count = holidays.size();
        if (buffer == nullptr) {
            return; // a size query
        }
        if (capacity < holidays.size()) {
            throw qaf::Error(qaf::Status::buffer_too_small,
                             "the buffer holds " + std::to_string(capacity) + " dates; " +
                                 std::to_string(holidays.size()) + " are needed");
        }
        for (size_t i = 0; i < holidays.size(); ++i) {
            buffer[i].days = holidays[i].date.days;
        }
    });
}

qaf_status qaf_bank_holiday_name(qaf_date date, const char** out_name, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(out_name, "out_name");
        *out_name = qaf::england_and_wales_bank_holiday_name(to_core(date));
    });
}

} // extern "C"
