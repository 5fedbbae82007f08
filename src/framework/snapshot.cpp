// Framework snapshots: a Boost.Serialization text archive of the definition after a first line
// naming the format, so that start-up can skip YAML parsing. A cache, not a durable format:
// unreadable snapshots are rebuilt from the definition they came from.
#include "qaf/framework.hpp"

#include "qaf/error.hpp"

#include "framework/loader.hpp"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace qaf::detail {
namespace {

// "qaf-framework-snapshot 1": what the file is, then the layout version of what follows.
constexpr std::string_view snapshot_magic = "qaf-framework-snapshot ";
constexpr int snapshot_format_version = 1;
// Far beyond any real list; a corrupt count then fails on the data instead of on allocation.
constexpr std::uint64_t max_list_items = 1'000'000;

struct CorruptSnapshot {
    std::string reason;
};

// Boost 1.74 reads newer class versions without complaint (its check is compiled out), so
// every serialize function checks its own.
struct NewerClassVersion {
    unsigned found;
    unsigned known;
};

template <class T>
void check_version(const T&, unsigned version) {
    constexpr unsigned known = boost::serialization::version<T>::value;
    if (version > known) {
        throw NewerClassVersion{version, known};
    }
}

// std::vector and std::optional are written by hand: Boost 1.74 knows no std::optional, and its
// vector loader allocates whatever count it reads first.
template <class Archive, class T>
void serialize_list(Archive& archive, std::vector<T>& items) {
    std::uint64_t count = items.size();
    archive& count;
    if constexpr (Archive::is_loading::value) {
        if (count > max_list_items) {
            throw CorruptSnapshot{"a list of " + std::to_string(count) + " items"};
        }
        items.clear();
        for (std::uint64_t i = 0; i < count; ++i) {
            T item{};
            archive& item;
            items.push_back(std::move(item));
        }
    } else {
        for (auto& item : items) {
            archive& item;
        }
    }
}

template <class Archive, class T>
void serialize_optional(Archive& archive, std::optional<T>& value) {
    bool present = value.has_value();
    archive& present;
    if constexpr (Archive::is_loading::value) {
        value.reset();
        if (present) {
            archive& value.emplace();
        }
    } else if (present) {
        archive&* value;
    }
}

} // namespace
} // namespace qaf::detail

// Every serialized class is at version 1; Boost refuses archives with a newer class version.
#define QAF_SNAPSHOT_CLASS(Type) BOOST_CLASS_VERSION(qaf::Type, 1)
QAF_SNAPSHOT_CLASS(Date)
QAF_SNAPSHOT_CLASS(ScaleLevel)
QAF_SNAPSHOT_CLASS(NotApplicableRule)
QAF_SNAPSHOT_CLASS(RatingScale)
QAF_SNAPSHOT_CLASS(SafeguardingPartner)
QAF_SNAPSHOT_CLASS(Priority)
QAF_SNAPSHOT_CLASS(Partnership)
QAF_SNAPSHOT_CLASS(GovernanceBody)
QAF_SNAPSHOT_CLASS(Agency)
QAF_SNAPSHOT_CLASS(Rounding)
QAF_SNAPSHOT_CLASS(Criterion)
QAF_SNAPSHOT_CLASS(Standard)
QAF_SNAPSHOT_CLASS(ToolSection)
QAF_SNAPSHOT_CLASS(AssessmentScoring)
QAF_SNAPSHOT_CLASS(AssessmentTool)
QAF_SNAPSHOT_CLASS(AuditDomain)
QAF_SNAPSHOT_CLASS(OverallGradeRule)
QAF_SNAPSHOT_CLASS(CaseAuditTool)
QAF_SNAPSHOT_CLASS(CalendarDefinition)
QAF_SNAPSHOT_CLASS(Timescale)
QAF_SNAPSHOT_CLASS(Window)
QAF_SNAPSHOT_CLASS(Measure)
QAF_SNAPSHOT_CLASS(Target)
QAF_SNAPSHOT_CLASS(ComparatorValue)
QAF_SNAPSHOT_CLASS(Comparator)
QAF_SNAPSHOT_CLASS(Suppression)
QAF_SNAPSHOT_CLASS(Indicator)
QAF_SNAPSHOT_CLASS(ProgrammeActivity)
QAF_SNAPSHOT_CLASS(FrameworkDefinition)
#undef QAF_SNAPSHOT_CLASS

namespace boost::serialization {

using qaf::detail::check_version;
using qaf::detail::serialize_list;
using qaf::detail::serialize_optional;

// Fields in declaration order. A new field means a new class version, read conditionally.
template <class Archive>
void serialize(Archive& ar, qaf::Date& date, unsigned version) {
    check_version(date, version);
    ar& date.days;
}

template <class Archive>
void serialize(Archive& ar, qaf::ScaleLevel& level, unsigned version) {
    check_version(level, version);
    ar& level.code& level.label& level.value& level.colour;
}

template <class Archive>
void serialize(Archive& ar, qaf::NotApplicableRule& rule, unsigned version) {
    check_version(rule, version);
    ar& rule.allowed& rule.code& rule.reason_required;
}

template <class Archive>
void serialize(Archive& ar, qaf::RatingScale& scale, unsigned version) {
    check_version(scale, version);
    ar& scale.id& scale.name;
    serialize_list(ar, scale.levels);
    ar& scale.not_applicable;
}

template <class Archive>
void serialize(Archive& ar, qaf::SafeguardingPartner& partner, unsigned version) {
    check_version(partner, version);
    ar& partner.agency& partner.lead& partner.delegate;
}

template <class Archive>
void serialize(Archive& ar, qaf::Priority& priority, unsigned version) {
    check_version(priority, version);
    ar& priority.id& priority.title;
}

template <class Archive>
void serialize(Archive& ar, qaf::Partnership& partnership, unsigned version) {
    check_version(partnership, version);
    ar& partnership.name& partnership.area& partnership.edition;
    serialize_optional(ar, partnership.edition_effective_from);
    serialize_list(ar, partnership.safeguarding_partners);
    serialize_list(ar, partnership.priorities);
}

template <class Archive>
void serialize(Archive& ar, qaf::GovernanceBody& body, unsigned version) {
    check_version(body, version);
    ar& body.id& body.name& body.kind& body.reports_to;
    serialize_optional(ar, body.reporting);
    serialize_optional(ar, body.meets);
    ar& body.chair;
}

template <class Archive>
void serialize(Archive& ar, qaf::Agency& agency, unsigned version) {
    check_version(agency, version);
    ar& agency.id& agency.name& agency.sector& agency.status;
    serialize_optional(ar, agency.cohort);
}

template <class Archive>
void serialize(Archive& ar, qaf::Rounding& rounding, unsigned version) {
    check_version(rounding, version);
    ar& rounding.decimals& rounding.mode;
}

template <class Archive>
void serialize(Archive& ar, qaf::Criterion& criterion, unsigned version) {
    check_version(criterion, version);
    ar& criterion.id& criterion.text& criterion.weight;
}

template <class Archive>
void serialize(Archive& ar, qaf::Standard& standard, unsigned version) {
    check_version(standard, version);
    ar& standard.id& standard.title& standard.description& standard.weight;
    serialize_list(ar, standard.applies_to);
    serialize_list(ar, standard.evidence);
    serialize_list(ar, standard.criteria);
}

template <class Archive>
void serialize(Archive& ar, qaf::ToolSection& section, unsigned version) {
    check_version(section, version);
    ar& section.id& section.name;
    serialize_list(ar, section.standards);
}

template <class Archive>
void serialize(Archive& ar, qaf::AssessmentScoring& scoring, unsigned version) {
    check_version(scoring, version);
    ar& scoring.standard& scoring.agency& scoring.rounding;
    serialize_optional(ar, scoring.criteria_weight_total);
    serialize_optional(ar, scoring.standard_weight_total);
}

template <class Archive>
void serialize(Archive& ar, qaf::AssessmentTool& tool, unsigned version) {
    check_version(tool, version);
    ar& tool.id& tool.name& tool.kind& tool.scale;
    serialize_list(ar, tool.applies_to);
    ar& tool.moderated& tool.scoring;
    serialize_list(ar, tool.sections);
}

template <class Archive>
void serialize(Archive& ar, qaf::AuditDomain& domain, unsigned version) {
    check_version(domain, version);
    ar& domain.id& domain.name& domain.question& domain.weight;
}

template <class Archive>
void serialize(Archive& ar, qaf::OverallGradeRule& overall, unsigned version) {
    check_version(overall, version);
    ar& overall.method;
    serialize_list(ar, overall.limiting_domains);
    ar& overall.rationale_required& overall.rounding;
}

template <class Archive>
void serialize(Archive& ar, qaf::CaseAuditTool& tool, unsigned version) {
    check_version(tool, version);
    ar& tool.id& tool.name& tool.scale;
    serialize_list(ar, tool.domains);
    ar& tool.overall;
}

template <class Archive>
void serialize(Archive& ar, qaf::CalendarDefinition& calendar, unsigned version) {
    check_version(calendar, version);
    ar& calendar.id& calendar.holidays;
    serialize_list(ar, calendar.closures);
}

template <class Archive>
void serialize(Archive& ar, qaf::Timescale& timescale, unsigned version) {
    check_version(timescale, version);
    ar& timescale.id& timescale.name& timescale.length& timescale.unit;
    ar& timescale.start_event& timescale.end_event& timescale.counting& timescale.within;
    ar& timescale.calendar;
}

template <class Archive>
void serialize(Archive& ar, qaf::Window& window, unsigned version) {
    check_version(window, version);
    ar& window.length& window.unit;
}

template <class Archive>
void serialize(Archive& ar, qaf::Measure& measure, unsigned version) {
    check_version(measure, version);
    ar& measure.kind& measure.event& measure.timescale& measure.start_event;
    ar& measure.end_event;
    serialize_optional(ar, measure.window);
    serialize_optional(ar, measure.threshold);
    ar& measure.numerator& measure.denominator;
}

template <class Archive>
void serialize(Archive& ar, qaf::Target& target, unsigned version) {
    check_version(target, version);
    serialize_optional(ar, target.value);
    ar& target.amber_tolerance;
    serialize_optional(ar, target.band_low);
    serialize_optional(ar, target.band_high);
}

template <class Archive>
void serialize(Archive& ar, qaf::ComparatorValue& value, unsigned version) {
    check_version(value, version);
    ar& value.period& value.value;
}

template <class Archive>
void serialize(Archive& ar, qaf::Comparator& comparator, unsigned version) {
    check_version(comparator, version);
    ar& comparator.series& comparator.method& comparator.source;
    serialize_list(ar, comparator.values);
}

template <class Archive>
void serialize(Archive& ar, qaf::Suppression& suppression, unsigned version) {
    check_version(suppression, version);
    ar& suppression.suppress_up_to& suppression.secondary;
}

template <class Archive>
void serialize(Archive& ar, qaf::Indicator& indicator, unsigned version) {
    check_version(indicator, version);
    ar& indicator.id& indicator.label& indicator.description& indicator.unit;
    ar& indicator.polarity& indicator.measure& indicator.period& indicator.roll_up;
    ar& indicator.target;
    serialize_list(ar, indicator.comparators);
    ar& indicator.rounding& indicator.suppression;
}

template <class Archive>
void serialize(Archive& ar, qaf::ProgrammeActivity& activity, unsigned version) {
    check_version(activity, version);
    ar& activity.id& activity.kind& activity.tool& activity.frequency& activity.per_cycle;
    serialize_optional(ar, activity.focus);
    serialize_list(ar, activity.rotation);
    ar& activity.owner;
}

template <class Archive>
void serialize(Archive& ar, qaf::FrameworkDefinition& definition, unsigned version) {
    check_version(definition, version);
    ar& definition.schema_version& definition.id& definition.name& definition.description;
    ar& definition.source& definition.partnership;
    serialize_list(ar, definition.governance);
    serialize_list(ar, definition.agencies);
    serialize_list(ar, definition.scales);
    serialize_list(ar, definition.assessment_tools);
    serialize_list(ar, definition.case_audit_tools);
    serialize_list(ar, definition.calendars);
    serialize_list(ar, definition.timescales);
    serialize_list(ar, definition.indicators);
    serialize_list(ar, definition.programme);
}

} // namespace boost::serialization

namespace qaf::detail {
namespace {

[[noreturn]] void throw_corrupt(const std::string& source, const std::string& reason) {
    throw_framework_error(Status::parse_error, source, 0, 0,
                          "not a readable qaf framework snapshot: " + reason);
}

void read_header(std::istream& in, const std::string& source) {
    std::string magic(snapshot_magic.size(), '\0');
    in.read(magic.data(), static_cast<std::streamsize>(magic.size()));
    int version = 0;
    if (magic != snapshot_magic || !(in >> version)) {
        throw_corrupt(source, "it does not start with '" + std::string(snapshot_magic) + "'");
    }
    if (version != snapshot_format_version) {
        throw UnsupportedVersion(source + ": framework snapshot format " + std::to_string(version) +
                                 " (this qaf reads " + std::to_string(snapshot_format_version) +
                                 ")");
    }
}

FrameworkDefinition read_snapshot(std::istream& in, const std::string& source) {
    read_header(in, source);
    FrameworkDefinition definition;
    try {
        boost::archive::text_iarchive archive(in);
        archive >> definition;
    } catch (const boost::archive::archive_exception& error) {
        if (error.code == boost::archive::archive_exception::unsupported_version ||
            error.code == boost::archive::archive_exception::unsupported_class_version) {
            throw UnsupportedVersion(source + ": framework snapshot written by a newer qaf (" +
                                     error.what() + ")");
        }
        throw_corrupt(source, error.what());
    } catch (const CorruptSnapshot& error) {
        throw_corrupt(source, error.reason);
    } catch (const NewerClassVersion& error) {
        throw UnsupportedVersion(source + ": framework snapshot written by a newer qaf (class " +
                                 "version " + std::to_string(error.found) + ", this qaf reads " +
                                 std::to_string(error.known) + ")");
    } catch (const Error&) {
        throw;
    } catch (const std::exception& error) {
        throw_corrupt(source, error.what());
    }
    return definition;
}

[[noreturn]] void throw_io(const std::string& what, const std::filesystem::path& path) {
    throw IoError("cannot " + what + " '" + path.string() + "': " + std::strerror(errno));
}

// A new file next to path (same file system, so the rename is atomic), created with the
// usual permissions (0666 less the umask).
std::pair<int, std::string> create_temporary_beside(const std::filesystem::path& path) {
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, ".tmp-%08x", static_cast<unsigned>(random()));
        std::string name = path.string() + suffix;
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            return {fd, std::move(name)};
        }
    }
    return {-1, {}};
}

bool write_all(int fd, const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto result = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (result < 0 && errno == EINTR) {
            continue;
        }
        if (result <= 0) {
            return false;
        }
        written += static_cast<std::size_t>(result);
    }
    return true;
}

// Written beside the target, flushed, then renamed over it: readers see the old file or the
// new one, never a part.
void write_atomically(const std::filesystem::path& path, const std::string& bytes) {
    const auto [fd, temporary] = create_temporary_beside(path);
    if (fd < 0) {
        throw_io("create a temporary file for", path);
    }
    const bool complete = write_all(fd, bytes) && ::fsync(fd) == 0;
    const int write_errno = errno;
    ::close(fd);
    if (!complete || std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int saved_errno = complete ? errno : write_errno;
        ::unlink(temporary.c_str());
        errno = saved_errno;
        throw_io(complete ? "replace" : "write", path);
    }
}

} // namespace
} // namespace qaf::detail

QAF_BEGIN_NAMESPACE

void Framework::save_snapshot(std::ostream& out) const {
    out << detail::snapshot_magic << detail::snapshot_format_version << '\n';
    {
        boost::archive::text_oarchive archive(out);
        archive << *definition_;
    }
    if (!out) {
        throw IoError("cannot write the framework snapshot");
    }
}

Framework Framework::load_snapshot(std::istream& in) {
    auto definition = detail::read_snapshot(in, "<snapshot>");
    return from_definition(std::move(definition));
}

void Framework::save_snapshot(const std::filesystem::path& path) const {
    std::ostringstream text;
    save_snapshot(text);
    detail::write_atomically(path, text.str());
}

Framework Framework::load_snapshot(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        detail::throw_io("read", path);
    }
    auto definition = detail::read_snapshot(in, path.string());
    return from_definition(std::move(definition));
}

QAF_END_NAMESPACE
