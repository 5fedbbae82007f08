#include "qaf/framework.hpp"

#include "qaf/error.hpp"

#include "framework/loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

QAF_BEGIN_NAMESPACE

namespace {

template <class Items>
const typename Items::value_type* find_by_id(const Items& items, std::string_view id) noexcept {
    const auto found =
        std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

std::string read_file(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        throw IoError("cannot read '" + path.string() + "': " + error.message());
    }
    if (size > detail::max_framework_bytes) {
        detail::throw_framework_error(Status::validation_error, path.string(), 0, 0,
                                      "the file is " + std::to_string(size) +
                                          " bytes; framework definitions are limited to " +
                                          std::to_string(detail::max_framework_bytes >> 20) +
                                          " MiB");
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(std::istreambuf_iterator<char>(in), {});
    if (!in && !in.eof()) {
        throw IoError("cannot read '" + path.string() + "': " + std::strerror(errno));
    }
    return text;
}

} // namespace

Framework::Framework(std::shared_ptr<const FrameworkDefinition> definition)
    : definition_(std::move(definition)) {}

Framework Framework::load(const std::filesystem::path& path) {
    const auto text = read_file(path);
    return Framework(
        std::make_shared<const FrameworkDefinition>(detail::load_definition(text, path.string())));
}

Framework Framework::from_string(std::string_view text, std::string_view source_name) {
    return Framework(std::make_shared<const FrameworkDefinition>(
        detail::load_definition(text, std::string(source_name))));
}

Framework Framework::from_definition(FrameworkDefinition definition) {
    detail::check_definition(definition);
    return Framework(std::make_shared<const FrameworkDefinition>(std::move(definition)));
}

const Agency* Framework::find_agency(std::string_view id) const noexcept {
    return find_by_id(definition_->agencies, id);
}

const RatingScale* Framework::find_scale(std::string_view id) const noexcept {
    const auto* declared = find_by_id(definition_->scales, id);
    return declared ? declared : find_builtin_scale(id);
}

const AssessmentTool* Framework::find_assessment_tool(std::string_view id) const noexcept {
    return find_by_id(definition_->assessment_tools, id);
}

const CaseAuditTool* Framework::find_case_audit_tool(std::string_view id) const noexcept {
    return find_by_id(definition_->case_audit_tools, id);
}

const Indicator* Framework::find_indicator(std::string_view id) const noexcept {
    return find_by_id(definition_->indicators, id);
}

const Timescale* Framework::find_timescale(std::string_view id) const noexcept {
    return find_by_id(definition_->timescales, id);
}

const GovernanceBody* Framework::find_body(std::string_view id) const noexcept {
    return find_by_id(definition_->governance, id);
}

std::vector<Framework::StandardRef> Framework::standards() const {
    std::vector<StandardRef> refs;
    for (const auto& tool : definition_->assessment_tools) {
        for (const auto& section : tool.sections) {
            for (const auto& standard : section.standards) {
                refs.push_back({&tool, &section, &standard});
            }
        }
    }
    return refs;
}

// Validation rules out loops; the length bound keeps this total anyway.
std::vector<const GovernanceBody*> Framework::reporting_chain(std::string_view body_id) const {
    std::vector<const GovernanceBody*> chain;
    const auto* body = find_body(body_id);
    while (body && chain.size() <= definition_->governance.size()) {
        chain.push_back(body);
        body = body->reports_to.empty() ? nullptr : find_body(body->reports_to);
    }
    return chain;
}

QAF_END_NAMESPACE
