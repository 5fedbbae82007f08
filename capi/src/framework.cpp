// The framework section of qaf.h: loading, the borrowed getters, canonical JSON and snapshots.
#include "boundary.hpp"

#include "qaf/framework.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The handle: the framework plus the flattened lists the index getters need, all built once at
// creation so that the handle stays immutable (and shareable across threads) afterwards.
struct qaf_framework {
    explicit qaf_framework(qaf::Framework loaded)
        : framework(std::move(loaded)), standards(framework.standards()) {
        for (const auto& agency : framework.definition().agencies) {
            sector_names.emplace_back(qaf::to_string(agency.sector));
        }
        for (const auto& scale : framework.definition().scales) {
            scales.push_back(&scale);
        }
        for (const auto& scale : qaf::builtin_scales()) {
            scales.push_back(&scale);
        }
    }

    qaf::Framework framework;
    std::vector<qaf::Framework::StandardRef> standards;
    std::vector<std::string> sector_names; // NUL-terminated copies of the enum names
    std::vector<const qaf::RatingScale*> scales;
};

namespace {

using qaf::capi::guarded;
using qaf::capi::require;

// What a getter returns for a NULL framework or an out-of-range index.
constexpr const char* absent = "";

// file paths cross the C API as UTF-8 on every platform.
std::filesystem::path path_from_utf8(const char* path) {
    return std::filesystem::path(reinterpret_cast<const char8_t*>(path));
}

// Hands a new handle to the caller only once everything has succeeded.
void hand_over(qaf::Framework framework, qaf_framework** out) {
    *out = new qaf_framework(std::move(framework));
}

template <class Item>
const Item* item_at(const std::vector<Item>& items, size_t index) {
    return index < items.size() ? &items[index] : nullptr;
}

const qaf::Agency* agency_at(const qaf_framework* handle, size_t index) {
    return handle ? item_at(handle->framework.definition().agencies, index) : nullptr;
}

const qaf::Framework::StandardRef* standard_at(const qaf_framework* handle, size_t index) {
    return handle ? item_at(handle->standards, index) : nullptr;
}

const qaf::Indicator* indicator_at(const qaf_framework* handle, size_t index) {
    return handle ? item_at(handle->framework.definition().indicators, index) : nullptr;
}

const qaf::RatingScale* scale_at(const qaf_framework* handle, size_t index) {
    if (handle == nullptr || index >= handle->scales.size()) {
        return nullptr;
    }
    return handle->scales[index];
}

const char* text_or_absent(const std::string* text) {
    return text ? text->c_str() : absent;
}

// Built once, on first use; the strings then live as long as the process.
const std::vector<std::string>& builtin_ids() {
    static const std::vector<std::string> ids = qaf::Framework::builtin_ids();
    return ids;
}

} // namespace

extern "C" {

qaf_status qaf_framework_load_file(const char* path, qaf_framework** out, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(path, "path");
        require(out, "out");
        hand_over(qaf::Framework::load(path_from_utf8(path)), out);
    });
}

qaf_status qaf_framework_load_string(const char* text, size_t length, const char* source_name,
                                     qaf_framework** out, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(text, "text");
        require(out, "out");
        const std::string_view name = source_name ? source_name : "<string>";
        hand_over(qaf::Framework::from_string(std::string_view(text, length), name), out);
    });
}

qaf_status qaf_framework_open_builtin(const char* id, qaf_framework** out, qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(id, "id");
        require(out, "out");
        hand_over(qaf::Framework::builtin(id), out);
    });
}

size_t qaf_framework_builtin_count(void) {
    try {
        return builtin_ids().size();
    } catch (...) {
        return 0; // out of memory on first use: report none rather than unwind into C
    }
}

const char* qaf_framework_builtin_id(size_t index) {
    try {
        return text_or_absent(item_at(builtin_ids(), index));
    } catch (...) {
        return absent;
    }
}

void qaf_framework_destroy(qaf_framework** framework) {
    if (framework != nullptr) {
        delete *framework;
        *framework = nullptr;
    }
}

const char* qaf_framework_id(const qaf_framework* framework) {
    return framework ? framework->framework.id().c_str() : absent;
}

const char* qaf_framework_name(const qaf_framework* framework) {
    return framework ? framework->framework.name().c_str() : absent;
}

size_t qaf_framework_agency_count(const qaf_framework* framework) {
    return framework ? framework->framework.definition().agencies.size() : 0;
}

const char* qaf_framework_agency_id(const qaf_framework* framework, size_t index) {
    const auto* agency = agency_at(framework, index);
    return agency ? agency->id.c_str() : absent;
}

const char* qaf_framework_agency_name(const qaf_framework* framework, size_t index) {
    const auto* agency = agency_at(framework, index);
    return agency ? agency->name.c_str() : absent;
}

const char* qaf_framework_agency_sector(const qaf_framework* framework, size_t index) {
    return framework ? text_or_absent(item_at(framework->sector_names, index)) : absent;
}

size_t qaf_framework_standard_count(const qaf_framework* framework) {
    return framework ? framework->standards.size() : 0;
}

const char* qaf_framework_standard_id(const qaf_framework* framework, size_t index) {
    const auto* ref = standard_at(framework, index);
    return ref ? ref->standard->id.c_str() : absent;
}

const char* qaf_framework_standard_title(const qaf_framework* framework, size_t index) {
    const auto* ref = standard_at(framework, index);
    return ref ? ref->standard->title.c_str() : absent;
}

const char* qaf_framework_standard_tool(const qaf_framework* framework, size_t index) {
    const auto* ref = standard_at(framework, index);
    return ref ? ref->tool->id.c_str() : absent;
}

size_t qaf_framework_indicator_count(const qaf_framework* framework) {
    return framework ? framework->framework.definition().indicators.size() : 0;
}

const char* qaf_framework_indicator_id(const qaf_framework* framework, size_t index) {
    const auto* indicator = indicator_at(framework, index);
    return indicator ? indicator->id.c_str() : absent;
}

const char* qaf_framework_indicator_label(const qaf_framework* framework, size_t index) {
    const auto* indicator = indicator_at(framework, index);
    return indicator ? indicator->label.c_str() : absent;
}

size_t qaf_framework_scale_count(const qaf_framework* framework) {
    return framework ? framework->scales.size() : 0;
}

const char* qaf_framework_scale_id(const qaf_framework* framework, size_t index) {
    const auto* scale = scale_at(framework, index);
    return scale ? scale->id.c_str() : absent;
}

const char* qaf_framework_scale_name(const qaf_framework* framework, size_t index) {
    const auto* scale = scale_at(framework, index);
    return scale ? scale->name.c_str() : absent;
}

size_t qaf_framework_scale_level_count(const qaf_framework* framework, size_t index) {
    const auto* scale = scale_at(framework, index);
    return scale ? scale->levels.size() : 0;
}

qaf_status qaf_framework_to_json(const qaf_framework* framework, char** out_json,
                                 qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(framework, "framework");
        require(out_json, "out_json");
        *out_json = qaf::capi::duplicate_string(framework->framework.to_json());
    });
}

qaf_status qaf_framework_save_snapshot(const qaf_framework* framework, const char* path,
                                       qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(framework, "framework");
        require(path, "path");
        framework->framework.save_snapshot(path_from_utf8(path));
    });
}

qaf_status qaf_framework_load_snapshot(const char* path, qaf_framework** out,
                                       qaf_error** out_error) {
    return guarded(out_error, [&] {
        require(path, "path");
        require(out, "out");
        hand_over(qaf::Framework::load_snapshot(path_from_utf8(path)), out);
    });
}

} // extern "C"
