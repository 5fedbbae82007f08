// The Framework model: definitions built in code, lookups, enum names, the bundled frameworks,
// canonical JSON and snapshots.
#include "qaf/error.hpp"
#include "qaf/framework.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;
using qaf::Framework;

const fs::path& data_dir = qaf::test::framework_data_dir;
const fs::path& frameworks_dir = qaf::test::bundled_frameworks_dir;

using qaf::test::read_text;

// Set QAF_UPDATE_GOLDEN=1 to rewrite the golden files from the current code (then review the
// diff: a golden file changes only with a deliberate format change).
bool updating_golden_files() {
    const char* flag = std::getenv("QAF_UPDATE_GOLDEN");
    return flag && std::string_view(flag) == "1";
}

// A small valid definition, built the way a program embedding qaf would.
qaf::FrameworkDefinition small_definition() {
    qaf::FrameworkDefinition definition;
    definition.id = "code";
    definition.name = "Built in code";
    definition.partnership.name = "Code Safeguarding Children Partnership";
    definition.governance = {
        {"board", "Board", qaf::BodyKind::partnership_board, "", std::nullopt, std::nullopt, ""},
        {"qa", "QA", qaf::BodyKind::qa_subgroup, "board", qaf::Frequency::quarterly, std::nullopt,
         ""},
        {"panel", "Panel", qaf::BodyKind::scrutiny_panel, "qa", std::nullopt, std::nullopt, ""}};
    definition.agencies = {
        {"police", "Police", qaf::Sector::police, qaf::PartnerStatus::statutory_partner, 1},
        {"school", "School", qaf::Sector::academy, qaf::PartnerStatus::relevant_agency,
         std::nullopt}};
    qaf::AssessmentTool tool;
    tool.id = "s11";
    tool.name = "Section 11";
    tool.scale = "met";
    tool.applies_to = {qaf::Sector::police, qaf::Sector::icb, qaf::Sector::police};
    tool.sections = {{"a", "A", {{"x", "X", "", 1, {}, {}, {}}, {"y", "Y", "", 1, {}, {}, {}}}},
                     {"b", "B", {{"z", "Z", "", 1, {}, {}, {}}}}};
    definition.assessment_tools.push_back(tool);
    return definition;
}

std::string problems_of(qaf::FrameworkDefinition definition) {
    try {
        Framework::from_definition(std::move(definition));
    } catch (const qaf::FrameworkError& error) {
        return error.what();
    }
    return "(no problem)";
}

// ---- enum names and events ------------------------------------------------------------------

TEST(Framework, EnumNamesAreTheFileNames) {
    EXPECT_EQ(qaf::to_string(qaf::WorkingTogetherEdition::wt2018), "2018");
    EXPECT_EQ(qaf::to_string(qaf::BodyKind::practice_review_group), "practice_review_group");
    EXPECT_EQ(qaf::to_string(qaf::Frequency::every_two_months), "every_two_months");
    EXPECT_EQ(qaf::to_string(qaf::Sector::local_authority_childrens_services),
              "local_authority_childrens_services");
    EXPECT_EQ(qaf::to_string(qaf::Sector::other), "other");
    EXPECT_EQ(qaf::to_string(qaf::PartnerStatus::relevant_agency), "relevant_agency");
    EXPECT_EQ(qaf::to_string(qaf::RoundingMode::half_even), "half_even");
    EXPECT_EQ(qaf::to_string(qaf::AssessmentKind::section_175), "section_175");
    EXPECT_EQ(qaf::to_string(qaf::ScoreMethod::count_of_levels), "count_of_levels");
    EXPECT_EQ(qaf::to_string(qaf::OverallGradeMethod::weighted_mean), "weighted_mean");
    EXPECT_EQ(qaf::to_string(qaf::HolidaySet::england_and_wales), "england_and_wales");
    EXPECT_EQ(qaf::to_string(qaf::TimeUnit::calendar_days), "calendar_days");
    EXPECT_EQ(qaf::to_string(qaf::DayCounting::start_included), "start_included");
    EXPECT_EQ(qaf::to_string(qaf::WithinRule::less_than), "less_than");
    EXPECT_EQ(qaf::to_string(qaf::IndicatorUnit::rate_per_10000), "rate_per_10000");
    EXPECT_EQ(qaf::to_string(qaf::Polarity::within_band), "within_band");
    EXPECT_EQ(qaf::to_string(qaf::MeasureKind::duration_at_end), "duration_at_end");
    EXPECT_EQ(qaf::to_string(qaf::PeriodType::rolling_12_months), "rolling_12_months");
    EXPECT_EQ(qaf::to_string(qaf::RollUp::recompute), "recompute");
    EXPECT_EQ(qaf::to_string(qaf::ComparatorSeries::statistical_neighbours),
              "statistical_neighbours");
    EXPECT_EQ(qaf::to_string(qaf::ComparatorMethod::published), "published");
    EXPECT_EQ(qaf::to_string(qaf::ActivityKind::case_audit), "case_audit");
    EXPECT_EQ(qaf::to_string(qaf::AuditFocus::deep_dive), "deep_dive");
}

TEST(Framework, OutOfRangeEnumValuesAreNamedInvalid) {
    EXPECT_EQ(qaf::to_string(static_cast<qaf::Sector>(99)), "invalid");
    EXPECT_EQ(qaf::to_string(static_cast<qaf::Polarity>(-1)), "invalid");
    EXPECT_EQ(qaf::to_string(static_cast<qaf::WorkingTogetherEdition>(2020)), "invalid");
}

TEST(Framework, KnownEventTypes) {
    const auto& events = qaf::known_event_types();
    ASSERT_EQ(events.size(), 26u);
    EXPECT_EQ(events.front(), "contact");
    EXPECT_EQ(events.back(), "escalation_resolved");
    EXPECT_EQ(std::set<std::string>(events.begin(), events.end()).size(), events.size());
    EXPECT_NE(std::find(events.begin(), events.end(), "cp_plan_start"), events.end());
}

// ---- definitions built in code ------------------------------------------------------------------

TEST(Framework, FromDefinitionNormalizesSectorSets) {
    const auto framework = Framework::from_definition(small_definition());
    EXPECT_EQ(framework.find_assessment_tool("s11")->applies_to,
              (qaf::SectorSet{qaf::Sector::police, qaf::Sector::icb}));
}

TEST(Framework, FromDefinitionReportsProblemsByPath) {
    auto definition = small_definition();
    definition.agencies[1].id = "police";
    definition.agencies[1].sector = static_cast<qaf::Sector>(99);
    definition.agencies[0].name.clear();
    definition.governance[0].reports_to = "panel";
    definition.assessment_tools[0].scale = "mett";
    definition.assessment_tools[0].sections[0].standards[1].weight = 0;
    EXPECT_EQ(problems_of(definition),
              "governance[0].reports_to: governance chain loops: board -> panel -> qa -> board\n"
              "agencies[0].name: 'name' must not be empty\n"
              "agencies[1].id: duplicate agency id 'police' (first at agencies[0].id)\n"
              "agencies[1].sector: invalid sector value 99\n"
              "assessment_tools[0].scale: scale 'mett' is not defined (did you mean 'met'?)\n"
              "assessment_tools[0].sections[0].standards[1].weight: weight must be greater than "
              "0, got 0");
}

TEST(Framework, FromDefinitionChecksWhatFilesCannotExpress) {
    auto definition = small_definition();
    definition.assessment_tools[0].sections[0].standards[0].weight = std::nan("");
    definition.partnership.edition = static_cast<qaf::WorkingTogetherEdition>(2020);
    definition.calendars = {{"default", qaf::HolidaySet::none, {qaf::Date{-800'000}}}};
    definition.id.clear();
    EXPECT_EQ(problems_of(definition),
              "id: 'id' must not be empty\n"
              "partnership.working_together.edition: invalid Working Together edition 2020\n"
              "assessment_tools[0].sections[0].standards[0].weight: weight must be greater than "
              "0, got nan\n"
              "calendars[0].closures[0]: date is outside years 1..9999");
}

TEST(Framework, FromDefinitionRefusesOtherSchemaVersions) {
    auto definition = small_definition();
    definition.schema_version = 2;
    try {
        Framework::from_definition(definition);
        FAIL() << "accepted schema_version 2";
    } catch (const qaf::FrameworkError& error) {
        EXPECT_EQ(error.status(), qaf::Status::unsupported_version);
        EXPECT_STREQ(error.what(),
                     "schema_version: unsupported schema_version 2 (this qaf reads 1)");
    }
}

// ---- lookups ---------------------------------------------------------------------------------

TEST(Framework, FindsByIdAndScalesIncludeTheBuiltins) {
    const auto framework = Framework::load(data_dir / "valid" / "complete.yaml");
    EXPECT_EQ(framework.find_agency("police")->name, "Complete Police");
    EXPECT_EQ(framework.find_agency("nope"), nullptr);
    EXPECT_EQ(framework.find_scale("five-point")->levels.size(), 5u);
    EXPECT_EQ(framework.find_scale("ofsted"), qaf::find_builtin_scale("ofsted"));
    EXPECT_EQ(framework.find_scale("nope"), nullptr);
    EXPECT_EQ(framework.find_assessment_tool("s175")->kind, qaf::AssessmentKind::section_175);
    EXPECT_EQ(framework.find_assessment_tool("macfa"), nullptr);
    EXPECT_EQ(framework.find_case_audit_tool("macfa")->scale, "ofsted");
    EXPECT_EQ(framework.find_indicator("contacts")->unit, qaf::IndicatorUnit::count);
    EXPECT_EQ(framework.find_timescale("icpc")->length, 15);
    EXPECT_EQ(framework.find_body("panel")->kind, qaf::BodyKind::scrutiny_panel);
    EXPECT_EQ(framework.find_body(""), nullptr);
}

TEST(Framework, StandardsInFileOrderWithWhereTheySit) {
    const auto framework = Framework::from_definition(small_definition());
    const auto standards = framework.standards();
    ASSERT_EQ(standards.size(), 3u);
    EXPECT_EQ(standards[0].standard->id, "x");
    EXPECT_EQ(standards[1].standard->id, "y");
    EXPECT_EQ(standards[2].standard->id, "z");
    EXPECT_EQ(standards[2].section->id, "b");
    EXPECT_EQ(standards[2].tool, framework.find_assessment_tool("s11"));
}

TEST(Framework, ReportingChainGoesToTheTop) {
    const auto framework = Framework::from_definition(small_definition());
    std::vector<std::string> chain;
    for (const auto* body : framework.reporting_chain("panel")) {
        chain.push_back(body->id);
    }
    EXPECT_EQ(chain, (std::vector<std::string>{"panel", "qa", "board"}));
    EXPECT_EQ(framework.reporting_chain("board").size(), 1u);
    EXPECT_TRUE(framework.reporting_chain("nope").empty());
}

TEST(Framework, CopiesShareOneDefinition) {
    const auto framework = Framework::from_definition(small_definition());
    const Framework copy = framework; // NOLINT(performance-unnecessary-copy-initialization)
    EXPECT_EQ(&copy.definition(), &framework.definition());
    EXPECT_EQ(copy, framework);
}

// ---- bundled frameworks
// --------------------------------------------------------------------------

TEST(FrameworkBuiltin, IdsAreTheBundledFilesSorted) {
    std::vector<std::string> stems;
    for (const auto& entry : fs::directory_iterator(frameworks_dir)) {
        if (entry.path().extension() == ".yaml") {
            stems.push_back(entry.path().stem().string());
        }
    }
    std::sort(stems.begin(), stems.end());
    EXPECT_EQ(Framework::builtin_ids(), stems);
}

TEST(FrameworkBuiltin, EveryBuiltinLoadsAndRoundTrips) {
    for (const auto& id : Framework::builtin_ids()) {
        SCOPED_TRACE(id);
        const auto framework = Framework::builtin(id);
        EXPECT_EQ(framework.id(), id); // the file stem is the id
        EXPECT_EQ(framework, Framework::load(frameworks_dir / (id + ".yaml")));
        const auto json = framework.to_json();
        const auto reloaded = Framework::from_string(json, id + ".json");
        EXPECT_EQ(reloaded, framework);
        EXPECT_EQ(reloaded.to_json(), json);
        std::stringstream snapshot;
        framework.save_snapshot(snapshot);
        EXPECT_EQ(Framework::load_snapshot(snapshot), framework);
    }
}

TEST(FrameworkBuiltin, TheDefaultIsBundled) {
    const auto ids = Framework::builtin_ids();
    if (ids.empty()) {
        GTEST_SKIP() << "no bundled frameworks yet";
    }
    EXPECT_NE(std::find(ids.begin(), ids.end(), Framework::default_builtin_id), ids.end());
}

TEST(FrameworkBuiltin, OpenedOnceAndShared) {
    const auto ids = Framework::builtin_ids();
    if (ids.empty()) {
        GTEST_SKIP() << "no bundled frameworks yet";
    }
    std::vector<const qaf::FrameworkDefinition*> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&, i] {
            try {
                seen[i] = &Framework::builtin(ids.back()).definition();
            } catch (const qaf::Error&) {
                seen[i] = nullptr; // reported by EveryBuiltinLoadsAndRoundTrips
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto* definition : seen) {
        EXPECT_EQ(definition, seen[0]);
    }
}

TEST(FrameworkBuiltin, UnknownIdsListTheKnownOnes) {
    try {
        Framework::builtin("atlantis");
        FAIL() << "found atlantis";
    } catch (const qaf::NotFound& error) {
        EXPECT_EQ(error.status(), qaf::Status::not_found);
        std::string expected = "no built-in framework 'atlantis'; built-in frameworks: ";
        for (const auto& id : Framework::builtin_ids()) {
            expected += id + (id == Framework::builtin_ids().back() ? "" : ", ");
        }
        EXPECT_EQ(error.what(), expected);
    }
}

// ---- canonical JSON
// ------------------------------------------------------------------------------

TEST(FrameworkJson, MinimalFileHasThisExactCanonicalForm) {
    const auto json = Framework::load(data_dir / "valid" / "minimal.yaml").to_json();
    const auto golden = data_dir / "minimal.canonical.json";
    if (updating_golden_files()) {
        std::ofstream(golden, std::ios::binary) << json;
    }
    EXPECT_EQ(json, read_text(golden));
}

TEST(FrameworkJson, EveryTestFileRoundTrips) {
    for (const auto& entry : fs::directory_iterator(data_dir / "valid")) {
        SCOPED_TRACE(entry.path().string());
        const auto framework = Framework::load(entry.path());
        const auto json = framework.to_json();
        EXPECT_TRUE(json.ends_with("}\n"));
        const auto reloaded = Framework::from_string(json);
        EXPECT_EQ(reloaded, framework);
        EXPECT_EQ(reloaded.to_json(), json);
    }
}

TEST(FrameworkJson, StringsAreEscapedAndUtf8PassesThrough) {
    auto definition = small_definition();
    definition.description = std::string("quote \" backslash \\ newline \n tab \t bell \x07 ") +
                             "nul " + std::string(1, '\0') + " del \x7F caf\xC3\xA9 \xE2\x80\x99";
    const auto framework = Framework::from_definition(definition);
    const auto json = framework.to_json();
    EXPECT_NE(json.find(R"("description": "quote \" backslash \\ newline \n tab \t bell \u0007 )"
                        R"(nul \u0000 del \u007f caf)"
                        "\xC3\xA9 \xE2\x80\x99\""),
              std::string::npos)
        << json;
    EXPECT_EQ(Framework::from_string(json), framework);
}

TEST(FrameworkJson, InvalidUtf8BecomesReplacementCharacters) {
    auto definition = small_definition();
    definition.description = "bad \xFF\xC3 end";
    const auto json = Framework::from_definition(definition).to_json();
    EXPECT_NE(json.find("\"bad \xEF\xBF\xBD\xEF\xBF\xBD end\""), std::string::npos) << json;
}

TEST(FrameworkJson, NumbersReadBackExactly) {
    auto definition = small_definition();
    definition.assessment_tools[0].sections[0].standards[0].weight = 0.1 + 0.2;
    definition.assessment_tools[0].sections[0].standards[1].weight = 1e-300;
    definition.assessment_tools[0].sections[1].standards[0].weight = 123456789.125;
    const auto framework = Framework::from_definition(definition);
    EXPECT_EQ(Framework::from_string(framework.to_json()), framework);
}

// ---- snapshots
// ------------------------------------------------------------------------------------

TEST(FrameworkSnapshot, StreamRoundTrip) {
    const auto framework = Framework::load(data_dir / "valid" / "complete.yaml");
    std::stringstream snapshot;
    framework.save_snapshot(snapshot);
    EXPECT_TRUE(snapshot.str().starts_with("qaf-framework-snapshot 1\n"));
    EXPECT_EQ(Framework::load_snapshot(snapshot), framework);
}

TEST(FrameworkSnapshot, PathRoundTripLeavesNoTemporaryFile) {
    const auto directory = fs::temp_directory_path() / "qaf-snapshot-test";
    fs::remove_all(directory);
    fs::create_directories(directory);
    const auto path = directory / "complete.snapshot";
    const auto framework = Framework::load(data_dir / "valid" / "complete.yaml");
    framework.save_snapshot(path);
    framework.save_snapshot(path); // replaces the file
    EXPECT_EQ(Framework::load_snapshot(path), framework);
    EXPECT_EQ(std::distance(fs::directory_iterator(directory), fs::directory_iterator()), 1);
    fs::remove_all(directory);
}

TEST(FrameworkSnapshot, GoldenSnapshotStillLoads) {
    // golden-v1.snapshot was written from complete.yaml; every later qaf must read it.
    const auto golden = data_dir / "golden-v1.snapshot";
    const auto framework = Framework::load(data_dir / "valid" / "complete.yaml");
    if (updating_golden_files()) {
        framework.save_snapshot(golden);
    }
    EXPECT_EQ(Framework::load_snapshot(golden), framework);
}

qaf::Status snapshot_status(const std::string& text, std::string* message = nullptr) {
    std::istringstream in(text);
    try {
        Framework::load_snapshot(in);
    } catch (const qaf::Error& error) {
        if (message) {
            *message = error.what();
        }
        return error.status();
    }
    return qaf::Status::ok;
}

TEST(FrameworkSnapshot, OtherFilesGiveAClearError) {
    std::string message;
    EXPECT_EQ(snapshot_status("schema_version: 1\n", &message), qaf::Status::parse_error);
    EXPECT_EQ(message, "<snapshot>: not a readable qaf framework snapshot: it does not start "
                       "with 'qaf-framework-snapshot '");
    EXPECT_EQ(snapshot_status(""), qaf::Status::parse_error);
    EXPECT_EQ(snapshot_status("qaf-framework-snapshot 1\n22 serialization::archive"),
              qaf::Status::parse_error);
}

TEST(FrameworkSnapshot, TruncatedSnapshotsGiveAClearError) {
    std::stringstream snapshot;
    Framework::load(data_dir / "valid" / "complete.yaml").save_snapshot(snapshot);
    const auto text = snapshot.str();
    std::string message;
    EXPECT_EQ(snapshot_status(text.substr(0, text.size() / 2), &message), qaf::Status::parse_error);
    EXPECT_TRUE(message.starts_with("<snapshot>: not a readable qaf framework snapshot: "))
        << message;
}

TEST(FrameworkSnapshot, NewerVersionsAreUnsupported) {
    std::stringstream snapshot;
    Framework::from_definition(small_definition()).save_snapshot(snapshot);
    const auto text = snapshot.str();
    // The snapshot format line...
    auto newer_format = text;
    newer_format.replace(0, 24, "qaf-framework-snapshot 2");
    EXPECT_EQ(snapshot_status(newer_format), qaf::Status::unsupported_version);
    // ...and the class version of FrameworkDefinition (after the archive header, "0 1": no
    // tracking, version 1).
    const std::string header = "22 serialization::archive ";
    const auto at = text.find(header);
    ASSERT_NE(at, std::string::npos);
    const auto version_at = text.find(" 0 1 ", at + header.size());
    ASSERT_NE(version_at, std::string::npos);
    auto newer_class = text;
    newer_class.replace(version_at, 5, " 0 2 ");
    std::string message;
    EXPECT_EQ(snapshot_status(newer_class, &message), qaf::Status::unsupported_version) << message;
}

TEST(FrameworkSnapshot, FilesThatCannotBeReadOrWrittenAreIoErrors) {
    EXPECT_THROW(Framework::load_snapshot(data_dir / "no-such.snapshot"), qaf::IoError);
    const auto framework = Framework::from_definition(small_definition());
    EXPECT_THROW(framework.save_snapshot(data_dir / "no-such-directory" / "x.snapshot"),
                 qaf::IoError);
}

} // namespace
