// The frameworks compiled into the library (frameworks/*.yaml), each validated the first time it
// is opened and shared afterwards.
#include "qaf/framework.hpp"

#include "qaf/error.hpp"

#include "detail/embedded_files.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <optional>

QAF_BEGIN_NAMESPACE

namespace {

struct BuiltinSlot {
    std::once_flag loaded;
    std::optional<Framework> framework;
    std::exception_ptr error; // a bundled file that fails validation fails every time
};

std::vector<BuiltinSlot>& builtin_slots() {
    static std::vector<BuiltinSlot> slots(detail::bundled_frameworks_count);
    return slots;
}

std::string known_ids_text() {
    std::string text;
    for (const auto& id : Framework::builtin_ids()) {
        text += (text.empty() ? "" : ", ") + id;
    }
    return text.empty() ? "(none)" : text;
}

} // namespace

std::vector<std::string> Framework::builtin_ids() {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < detail::bundled_frameworks_count; ++i) {
        ids.emplace_back(detail::bundled_frameworks[i].stem);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Framework Framework::builtin(std::string_view id) {
    for (std::size_t i = 0; i < detail::bundled_frameworks_count; ++i) {
        const auto& file = detail::bundled_frameworks[i];
        if (id != file.stem) {
            continue;
        }
        auto& slot = builtin_slots()[i];
        std::call_once(slot.loaded, [&] {
            try {
                slot.framework = from_string(std::string_view(file.data, file.size),
                                             "frameworks/" + std::string(file.stem) + ".yaml");
            } catch (...) {
                slot.error = std::current_exception();
            }
        });
        if (slot.error) {
            std::rethrow_exception(slot.error);
        }
        return *slot.framework;
    }
    throw NotFound("no built-in framework '" + std::string(id.substr(0, 64)) +
                   "'; built-in frameworks: " + known_ids_text());
}

QAF_END_NAMESPACE
