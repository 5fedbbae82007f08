// Loading framework definitions from YAML and JSON: exact values, and every kind of problem
// located as file:line:column (docs/framework-format.md).
#include "qaf/error.hpp"
#include "qaf/framework.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using qaf::Framework;

const fs::path& data_dir = qaf::test::framework_data_dir;

using qaf::test::read_text;

// Lines 1-6 of every snippet below: a valid framework the snippet adds to from line 7.
const std::string header = "schema_version: 1\n"
                           "id: t\n"
                           "name: T\n"
                           "partnership:\n"
                           "  name: P\n"
                           "  working_together: {edition: 2023}\n";

qaf::FrameworkError load_error(const std::string& text) {
    try {
        Framework::from_string(text, "t.yaml");
    } catch (const qaf::FrameworkError& error) {
        return error;
    }
    ADD_FAILURE() << "loaded without a problem:\n" << text.substr(0, 500);
    // One placeholder problem, so that tests reading the first one stay well-defined.
    qaf::Diagnostic loaded;
    loaded.message = "(loaded)";
    return qaf::FrameworkError(qaf::Status::ok, {loaded});
}

// Every problem of a snippet added to the header, as "file:line:column: message".
std::vector<std::string> problems(const std::string& snippet) {
    std::vector<std::string> lines;
    const auto error = load_error(header + snippet);
    for (const auto& diagnostic : error.diagnostics()) {
        lines.push_back(diagnostic.to_string());
    }
    return lines;
}

using Lines = std::vector<std::string>;

// ---- valid files -------------------------------------------------------------------------------

TEST(FrameworkLoader, MinimalFileGetsEveryDefault) {
    const auto framework = Framework::load(data_dir / "valid" / "minimal.yaml");
    const auto& definition = framework.definition();
    EXPECT_EQ(definition.schema_version, 1);
    EXPECT_EQ(framework.id(), "minimal");
    EXPECT_EQ(framework.name(), "Minimal framework");
    EXPECT_EQ(definition.description, "");
    EXPECT_EQ(definition.partnership.name, "Minimal Safeguarding Children Partnership");
    EXPECT_EQ(definition.partnership.edition, qaf::WorkingTogetherEdition::wt2023);
    EXPECT_FALSE(definition.partnership.edition_effective_from.has_value());
    EXPECT_TRUE(definition.governance.empty());
    EXPECT_TRUE(definition.agencies.empty());
    EXPECT_TRUE(definition.calendars.empty()); // the implicit default calendar
    EXPECT_TRUE(definition.programme.empty());
}

TEST(FrameworkLoader, CompleteFileReadsEveryField) {
    const auto framework = Framework::load(data_dir / "valid" / "complete.yaml");
    const auto& definition = framework.definition();
    EXPECT_EQ(definition.name, "Complete: every field");
    EXPECT_NE(definition.source.find("Children\xE2\x80\x99s, M\xC3\xA9"
                                     "decins"),
              std::string::npos);
    EXPECT_NE(definition.source.find("tabs\tand\n"), std::string::npos);

    const auto& partnership = definition.partnership;
    EXPECT_EQ(partnership.area, "Complete");
    EXPECT_EQ(partnership.edition, qaf::WorkingTogetherEdition::wt2018);
    EXPECT_EQ(partnership.edition_effective_from, qaf::Date::from_ymd(2019, 6, 29));
    ASSERT_EQ(partnership.safeguarding_partners.size(), 3u);
    EXPECT_EQ(partnership.safeguarding_partners[1],
              (qaf::SafeguardingPartner{"icb", "Chief Executive", ""}));
    EXPECT_EQ(partnership.priorities[1], (qaf::Priority{"exploitation", "Child exploitation"}));

    const auto* qa = framework.find_body("qa");
    ASSERT_NE(qa, nullptr);
    EXPECT_EQ(*qa,
              (qaf::GovernanceBody{"qa", "Quality Assurance Subgroup", qaf::BodyKind::qa_subgroup,
                                   "board", qaf::Frequency::every_two_months,
                                   qaf::Frequency::monthly, "Designated Nurse"}));
    EXPECT_FALSE(framework.find_body("board")->reporting.has_value());

    EXPECT_EQ(*framework.find_agency("academy-trust"),
              (qaf::Agency{"academy-trust", "Complete Academy Trust", qaf::Sector::academy,
                           qaf::PartnerStatus::relevant_agency, 2}));
    EXPECT_EQ(framework.find_agency("church")->status, qaf::PartnerStatus::other);
    EXPECT_FALSE(framework.find_agency("church")->cohort.has_value());

    const auto* five = framework.find_scale("five-point");
    ASSERT_NE(five, nullptr);
    ASSERT_EQ(five->levels.size(), 5u);
    EXPECT_EQ(five->levels[1], (qaf::ScaleLevel{"2", "Weak", 2.5, ""}));
    EXPECT_EQ(five->levels[2].colour, "#f47738");
    EXPECT_EQ(five->not_applicable, (qaf::NotApplicableRule{true, "X", false}));
    EXPECT_EQ(framework.find_scale("done")->not_applicable, qaf::NotApplicableRule{});

    const auto* s11 = framework.find_assessment_tool("s11");
    ASSERT_NE(s11, nullptr);
    EXPECT_FALSE(s11->moderated);
    // Groups expanded, repeats dropped, in the order of the Sector enum.
    EXPECT_EQ(
        s11->applies_to,
        (qaf::SectorSet{qaf::Sector::local_authority_childrens_services,
                        qaf::Sector::local_authority_other, qaf::Sector::police, qaf::Sector::icb,
                        qaf::Sector::health_provider, qaf::Sector::general_practice}));
    EXPECT_EQ(s11->scoring.standard, qaf::ScoreMethod::worst_of);
    EXPECT_EQ(s11->scoring.agency, qaf::ScoreMethod::count_of_levels);
    EXPECT_EQ(s11->scoring.rounding, (qaf::Rounding{2, qaf::RoundingMode::half_even}));
    EXPECT_EQ(s11->scoring.criteria_weight_total, 100.0);
    EXPECT_EQ(s11->scoring.standard_weight_total, 10.0);
    const auto& lead = s11->sections[0].standards[0];
    EXPECT_EQ(lead.description, "Named in the governance structure.");
    EXPECT_EQ(lead.weight, 4);
    EXPECT_EQ(lead.applies_to, qaf::SectorSet{qaf::Sector::police});
    EXPECT_EQ(lead.evidence, (std::vector<std::string>{"Job description", "Board minutes"}));
    EXPECT_EQ(lead.criteria[1], (qaf::Criterion{"known", "Staff know the lead", 40}));
    const auto* s175 = framework.find_assessment_tool("s175");
    EXPECT_EQ(s175->applies_to.size(), 5u); // education: three kinds of school, FE, early years
    EXPECT_TRUE(s175->moderated);
    EXPECT_EQ(s175->scoring, qaf::AssessmentScoring{});
    EXPECT_EQ(s175->sections[0].standards[0].weight, 1);

    const auto* macfa = framework.find_case_audit_tool("macfa");
    EXPECT_EQ(macfa->domains[0],
              (qaf::AuditDomain{"voice", "Voice of the child", "Is the child seen and heard?", 2}));
    EXPECT_EQ(macfa->overall, (qaf::OverallGradeRule{qaf::OverallGradeMethod::limiting,
                                                     {"oversight"},
                                                     false,
                                                     {1, qaf::RoundingMode::down}}));
    // A rounding that names only its mode keeps the context's decimals (0 for overall grades).
    EXPECT_EQ(framework.find_case_audit_tool("quick")->overall.rounding,
              (qaf::Rounding{0, qaf::RoundingMode::up}));

    ASSERT_EQ(definition.calendars.size(), 2u);
    EXPECT_EQ(definition.calendars[0].closures,
              (std::vector<qaf::Date>{qaf::Date::from_ymd(2025, 12, 29),
                                      qaf::Date::from_ymd(2025, 12, 30)}));
    EXPECT_EQ(definition.calendars[1].holidays, qaf::HolidaySet::none);
    EXPECT_EQ(
        *framework.find_timescale("icpc"),
        (qaf::Timescale{"icpc", "Initial child protection conference", 15,
                        qaf::TimeUnit::working_days, "strategy_discussion", "icpc",
                        qaf::DayCounting::start_included, qaf::WithinRule::less_than, "council"}));
    EXPECT_EQ(framework.find_timescale("assessment")->calendar, "");

    const auto* timeliness = framework.find_indicator("assessments-45wd");
    EXPECT_EQ(timeliness->period, qaf::PeriodType::quarter);
    EXPECT_EQ(timeliness->roll_up, qaf::RollUp::sum);
    EXPECT_EQ(timeliness->target.value, 90.0);
    EXPECT_EQ(timeliness->target.amber_tolerance, 5);
    ASSERT_EQ(timeliness->comparators.size(), 2u);
    EXPECT_EQ(timeliness->comparators[0].values[1], (qaf::ComparatorValue{"2024/25", 85.7}));
    EXPECT_EQ(timeliness->comparators[1].method, qaf::ComparatorMethod::median);
    EXPECT_EQ(timeliness->rounding, (qaf::Rounding{0, qaf::RoundingMode::half_even}));
    EXPECT_EQ(timeliness->suppression, (qaf::Suppression{5, false}));
    const auto& repeat = framework.find_indicator("re-referrals")->measure;
    EXPECT_EQ(repeat.window, (qaf::Window{12, qaf::TimeUnit::months}));
    EXPECT_EQ(framework.find_indicator("re-referrals")->target.band_high, 22.5);
    EXPECT_EQ(framework.find_indicator("placements-3")->measure.threshold, 3);
    EXPECT_EQ(framework.find_indicator("visits")->measure.denominator, "Visits due");
    EXPECT_EQ(framework.find_indicator("stability")->period, qaf::PeriodType::financial_year);

    ASSERT_EQ(definition.programme.size(), 3u);
    EXPECT_EQ(definition.programme[0].rotation, (std::vector<int>{1, 2}));
    EXPECT_EQ(definition.programme[1].per_cycle, 6);
    EXPECT_EQ(definition.programme[1].focus, qaf::AuditFocus::thematic);
    EXPECT_EQ(definition.programme[2].owner, "");
}

TEST(FrameworkLoader, TheFormatPageExampleLoads) {
    const auto page = read_text(fs::path(QAF_TEST_DATA_DIR).parent_path().parent_path() / "docs" /
                                "framework-format.md");
    const auto heading = page.find("## A complete example");
    ASSERT_NE(heading, std::string::npos);
    const auto start = page.find("```yaml\n", heading) + 8;
    const auto example = page.substr(start, page.find("```", start) - start);
    const auto framework = Framework::from_string(example, "framework-format.md");
    EXPECT_EQ(framework.id(), "example");
    EXPECT_EQ(framework.find_case_audit_tool("macfa")->overall.limiting_domains,
              std::vector<std::string>{"oversight"});
}

TEST(FrameworkLoader, JsonIsReadAsYaml) {
    const auto framework = Framework::from_string(
        R"({"schema_version": 1, "id": "j", "name": "J \"quoted\" \u00e9",
            "partnership": {"name": "P", "working_together": {"edition": 2015,
                                                              "effective_from": null}},
            "agencies": [{"id": "a", "name": "A", "sector": "police", "cohort": null}]})");
    EXPECT_EQ(framework.name(), "J \"quoted\" \xC3\xA9");
    EXPECT_EQ(framework.definition().partnership.edition, qaf::WorkingTogetherEdition::wt2015);
    EXPECT_FALSE(framework.find_agency("a")->cohort.has_value());
}

TEST(FrameworkLoader, NullValuesMeanAbsent) {
    const auto framework = Framework::from_string(header + "description: ~\n"
                                                           "agencies:\n"
                                                           "  - id: a\n"
                                                           "    name: A\n"
                                                           "    sector: police\n"
                                                           "    cohort:\n");
    EXPECT_EQ(framework.definition().description, "");
    EXPECT_FALSE(framework.find_agency("a")->cohort.has_value());
}

TEST(FrameworkLoader, EveryTestFileLoads) {
    for (const auto& entry : fs::directory_iterator(data_dir / "valid")) {
        SCOPED_TRACE(entry.path().string());
        EXPECT_NO_THROW(Framework::load(entry.path()));
    }
}

// ---- problems, each with its location
// ------------------------------------------------------------

TEST(FrameworkLoader, UnknownKeysAreLocatedAtTheKey) {
    EXPECT_EQ(problems("agencies:\n"
                       "  - id: police\n"
                       "    name: Police\n"
                       "    sectr: police\n"),
              (Lines{"t.yaml:8:5: missing required key 'sector'",
                     "t.yaml:10:5: unknown key 'sectr' (did you mean 'sector'?)"}));
    EXPECT_EQ(problems("colour: red\n"), Lines{"t.yaml:7:1: unknown key 'colour'"});
    EXPECT_EQ(problems("nme: T2\n"), Lines{"t.yaml:7:1: unknown key 'nme' (did you mean 'name'?)"});
    EXPECT_EQ(problems("name: again\n"), Lines{"t.yaml:7:1: duplicate key 'name'"});
    EXPECT_EQ(problems("? [a, b]\n: c\n"), Lines{"t.yaml:7:3: expected a key, got a list"});
}

TEST(FrameworkLoader, ReservedSectionsAreErrors) {
    EXPECT_EQ(problems("escalation: {}\nactions: []\n"),
              (Lines{"t.yaml:7:1: 'escalation' is reserved for a later schema version",
                     "t.yaml:8:1: 'actions' is reserved for a later schema version"}));
}

TEST(FrameworkLoader, MissingKeysAreLocatedAtTheirMapping) {
    EXPECT_EQ(problems("governance:\n"
                       "  - {id: qa, name: QA}\n"),
              Lines{"t.yaml:8:5: missing required key 'kind'"});
    const auto error = load_error("# a comment first\nid: x\n");
    EXPECT_EQ(error.status(), qaf::Status::validation_error);
    EXPECT_EQ(std::string(error.what()), "t.yaml:2:1: missing required key 'schema_version'\n"
                                         "t.yaml:2:1: missing required key 'name'\n"
                                         "t.yaml:2:1: missing required key 'partnership'");
}

TEST(FrameworkLoader, BadValuesAreLocatedAtTheValue) {
    EXPECT_EQ(problems("agencies:\n"
                       "  - {id: a, name: A, sector: police, cohort: x, status: statutory}\n"),
              (Lines{"t.yaml:8:46: expected an integer, got 'x'",
                     "t.yaml:8:57: unknown status 'statutory'; expected one of: "
                     "statutory_partner, relevant_agency, other"}));
    EXPECT_EQ(problems("scales:\n"
                       "  - id: s\n"
                       "    name: S\n"
                       "    levels:\n"
                       "      - {code: a, label: A, value: heavy}\n"
                       "      - {code: b, label: B, value: 2, colour: red}\n"
                       "    not_applicable: {allowed: maybe}\n"),
              (Lines{"t.yaml:11:36: expected a number, got 'heavy'",
                     "t.yaml:12:47: colour must be #RRGGBB, got 'red'",
                     "t.yaml:13:31: expected true or false, got 'maybe'"}));
    EXPECT_EQ(problems("agencies: {id: a}\n"),
              Lines{"t.yaml:7:11: expected a list, got a mapping"});
    EXPECT_EQ(problems("agencies: [police]\n"),
              Lines{"t.yaml:7:12: expected a mapping, got 'police'"});
    EXPECT_EQ(problems("description: [a]\n"), Lines{"t.yaml:7:14: expected a string, got a list"});
}

TEST(FrameworkLoader, DatesAndEditions) {
    const std::string start = "schema_version: 1\nid: t\nname: T\npartnership:\n  name: P\n";
    const auto date = load_error(start + "  working_together: {edition: 2023, "
                                         "effective_from: 2024-13-01}\n");
    EXPECT_EQ(date.diagnostics()[0].to_string(),
              "t.yaml:6:53: expected a date as YYYY-MM-DD, got '2024-13-01' (month 13 is not "
              "1..12)");
    const auto edition = load_error(start + "  working_together: {edition: 2020}\n");
    EXPECT_EQ(edition.diagnostics()[0].to_string(),
              "t.yaml:6:31: unknown Working Together edition '2020'; expected one of: 2015, "
              "2018, 2023");
}

TEST(FrameworkLoader, EnumValuesSuggestOrList) {
    EXPECT_EQ(problems("agencies:\n  - {id: p, name: P, sector: polise}\n"),
              Lines{"t.yaml:8:30: unknown sector 'polise' (did you mean 'police'?)"});
    const auto listed = problems("assessment_tools:\n"
                                 "  - {id: s, name: S, kind: section_11, scale: rag,\n"
                                 "     applies_to: [nhs], sections: [{id: a, name: A,\n"
                                 "     standards: [{id: x, title: X}]}]}\n");
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_TRUE(listed[0].starts_with("t.yaml:9:19: unknown sector 'nhs'; expected one of: "
                                      "local_authority_childrens_services, "))
        << listed[0];
    EXPECT_TRUE(listed[0].ends_with("other, all, health, schools, education, local_authority"));
}

TEST(FrameworkLoader, SuggestionsKnowPartnershipWordsAndSwappedDigits) {
    EXPECT_EQ(problems("governance:\n  - {id: q, name: Q, kind: qa_subgroup, meets: Bi-Monthly}\n"),
              Lines{"t.yaml:8:48: unknown frequency 'Bi-Monthly' (did you mean "
                    "'every_two_months'?)"});
    EXPECT_EQ(problems("governance:\n  - {id: q, name: Q, kind: qa_subgroup, meets: biennial}\n"),
              Lines{"t.yaml:8:48: unknown frequency 'biennial' (did you mean 'every_two_years'?)"});
    EXPECT_EQ(problems("governance:\n  - {id: q, name: Q, kind: qa_subgroup, meets: annual}\n"),
              Lines{"t.yaml:8:48: unknown frequency 'annual' (did you mean 'yearly'?)"});
    // A swap of two adjacent characters is one edit: 'section_157' is not 'section_11'.
    const auto swapped =
        problems("assessment_tools:\n"
                 "  - {id: s, name: S, kind: section_157, scale: rag,\n"
                 "     sections: [{id: a, name: A, standards: [{id: x, title: X}]}]}\n");
    ASSERT_EQ(swapped.size(), 1u);
    EXPECT_EQ(swapped[0],
              "t.yaml:8:28: unknown assessment kind 'section_157' (did you mean 'section_175'?)");
}

TEST(FrameworkLoader, DuplicatesCiteTheFirstLine) {
    EXPECT_EQ(problems("agencies:\n"
                       "  - {id: police, name: P, sector: police}\n"
                       "  - {id: police, name: Q, sector: police}\n"),
              Lines{"t.yaml:9:10: duplicate agency id 'police' (first at line 8)"});
}

TEST(FrameworkLoader, InvalidIds) {
    const auto error = load_error("schema_version: 1\nid: Bad Id\nname: T\npartnership:\n"
                                  "  name: P\n  working_together: {edition: 2023}\n");
    EXPECT_EQ(error.diagnostics()[0].to_string(),
              "t.yaml:2:5: invalid id 'Bad Id': ids use lowercase letters, digits, '-' and '_' "
              "and start with a letter or digit");
    const auto long_id = std::string(65, 'a');
    EXPECT_EQ(problems("agencies:\n  - {id: " + long_id + ", name: A, sector: police}\n"),
              Lines{"t.yaml:8:10: invalid id '" + long_id.substr(0, 60) +
                    "...': ids are at most 64 characters"});
}

TEST(FrameworkLoader, GovernanceLoopsAreReportedOnce) {
    EXPECT_EQ(problems("governance:\n"
                       "  - {id: qa, name: QA, kind: qa_subgroup, reports_to: executive}\n"
                       "  - {id: executive, name: E, kind: executive_group, reports_to: qa}\n"
                       "  - {id: lsp, name: L, kind: lead_partners, reports_to: lsp}\n"
                       "  - {id: panel, name: S, kind: scrutiny_panel, reports_to: qa}\n"),
              (Lines{"t.yaml:8:55: governance chain loops: qa -> executive -> qa",
                     "t.yaml:10:57: governance chain loops: lsp -> lsp"}));
}

TEST(FrameworkLoader, ToolRulesAndWeightTotals) {
    EXPECT_EQ(problems("assessment_tools:\n"
                       "  - id: s11\n"
                       "    name: S11\n"
                       "    kind: section_11\n"
                       "    scale: zero-to-three\n"
                       "    scoring: {criteria_weight_total: 100, standard_weight_total: 10,\n"
                       "              rounding: {decimals: 9}}\n"
                       "    sections:\n"
                       "      - id: a\n"
                       "        name: A\n"
                       "        standards:\n"
                       "          - id: x\n"
                       "            title: X\n"
                       "            weight: 4\n"
                       "            criteria:\n"
                       "              - {id: c1, text: C1, weight: 50}\n"
                       "              - {id: c2, text: C2, weight: 40}\n"
                       "          - {id: y, title: Y, weight: -1}\n"),
              (Lines{"t.yaml:11:12: scale 'zero-to-three' is not defined",
                     "t.yaml:13:36: decimals must be 0..6, got 9",
                     "t.yaml:15:7: standard weights of tool 's11' sum to 3, expected 10",
                     "t.yaml:22:15: criteria weights of standard 'x' sum to 90, expected 100",
                     "t.yaml:24:39: weight must be greater than 0, got -1"}));
    // Weights that are not exact in binary still match their declared total.
    EXPECT_NO_THROW(Framework::from_string(
        header + "assessment_tools:\n"
                 "  - {id: s, name: S, kind: section_11, scale: met,\n"
                 "     scoring: {criteria_weight_total: 1}, sections: [{id: a, name: A,\n"
                 "     standards: [{id: x, title: X, criteria: [{id: a, text: A, weight: 0.1},\n"
                 "       {id: b, text: B, weight: 0.2}, {id: c, text: C, weight: 0.7}]}]}]}\n"));
}

TEST(FrameworkLoader, ScaleRules) {
    EXPECT_EQ(problems("scales:\n"
                       "  - id: ofsted\n"
                       "    name: Mine\n"
                       "    levels:\n"
                       "      - {code: G, label: Good, value: 2}\n"
                       "      - {code: G, label: Great, value: 1}\n"
                       "    not_applicable: {allowed: true, code: G}\n"
                       "  - {id: one, name: One, levels: [{code: a, label: A, value: 1}]}\n"),
              (Lines{"t.yaml:8:9: scale id 'ofsted' is a built-in scale",
                     "t.yaml:12:16: duplicate level code 'G' (first at line 11)",
                     "t.yaml:12:40: scale levels must have strictly increasing values",
                     "t.yaml:13:43: N/A code 'G' is also a level code",
                     "t.yaml:14:34: a scale needs at least 2 levels"}));
}

TEST(FrameworkLoader, CaseAuditRules) {
    EXPECT_EQ(problems("case_audit_tools:\n"
                       "  - id: a\n"
                       "    name: A\n"
                       "    scale: ofsted\n"
                       "    domains: [{id: voice, name: V}, {id: oversight, name: O}]\n"
                       "    overall: {rationale_required: false}\n"
                       "  - id: b\n"
                       "    name: B\n"
                       "    scale: ofsted\n"
                       "    domains: [{id: voice, name: V}]\n"
                       "    overall: {method: limiting}\n"
                       "  - {id: c, name: C, scale: met, domains: [{id: v, name: V}],\n"
                       "     overall: {method: limiting, limiting_domains: [w]}}\n"),
              (Lines{"t.yaml:12:35: holistic overall grades need rationale_required: true",
                     "t.yaml:17:23: limiting needs at least one limiting domain",
                     "t.yaml:19:53: domain 'w' is not defined"}));
}

TEST(FrameworkLoader, IndicatorRules) {
    EXPECT_EQ(
        problems("timescales:\n"
                 "  - {id: ts, name: T, length: 0, unit: working_days, start_event: refferal,\n"
                 "     end_event: icpc, calendar: council}\n"
                 "indicators:\n"
                 "  - {id: a, label: A, unit: percentage, polarity: higher_better,\n"
                 "     measure: {kind: timeliness, event: contact}}\n"
                 "  - {id: b, label: B, unit: percentage, polarity: neutral,\n"
                 "     measure: {kind: count, event: contact}}\n"
                 "  - {id: c, label: C, unit: count, polarity: within_band,\n"
                 "     measure: {kind: count, event: contact}, target: {band_low: 3}}\n"
                 "  - {id: d, label: D, unit: count, polarity: within_band,\n"
                 "     measure: {kind: count, event: contact},\n"
                 "     target: {band_low: 3, band_high: 2, amber_tolerance: -1}}\n"
                 "  - {id: e, label: E, unit: days, polarity: neutral,\n"
                 "     measure: {kind: repeat_within, event: contact,\n"
                 "               window: {length: -1, unit: months}}}\n"),
        (Lines{"t.yaml:8:31: length must be greater than 0, got 0",
               "t.yaml:8:67: event type 'refferal' is not defined (did you mean 'referral'?)",
               "t.yaml:9:33: calendar 'council' is not defined",
               "t.yaml:12:15: timeliness measures need 'timescale'",
               "t.yaml:12:41: 'event' does not apply to timeliness measures",
               "t.yaml:14:22: a percentage indicator cannot use a count measure",
               "t.yaml:16:54: within_band needs band_low and band_high",
               "t.yaml:19:25: band_low must not exceed band_high",
               "t.yaml:19:59: amber_tolerance must be at least 0, got -1",
               "t.yaml:22:33: length must be at least 0, got -1"}));
}

TEST(FrameworkLoader, ProgrammeRules) {
    EXPECT_EQ(problems("agencies: [{id: a, name: A, sector: police, cohort: 1}]\n"
                       "case_audit_tools: [{id: macfa, name: M, scale: ofsted,\n"
                       "                    domains: [{id: v, name: V}]}]\n"
                       "programme:\n"
                       "  - {id: p, kind: assessment, tool: macfa, frequency: yearly,\n"
                       "     rotation: [1, 3], per_cycle: 0, focus: thematic, owner: qa}\n"
                       "  - {id: p, kind: case_audit, tool: macfa, frequency: yearly}\n"),
              (Lines{"t.yaml:11:37: assessment tool 'macfa' is not defined",
                     "t.yaml:12:20: rotation cohort 3 is not the cohort of any agency",
                     "t.yaml:12:35: per_cycle must be at least 1, got 0",
                     "t.yaml:12:45: focus applies only to case audits",
                     "t.yaml:12:62: governance body 'qa' is not defined",
                     "t.yaml:13:10: duplicate programme activity id 'p' (first at line 11)"}));
}

TEST(FrameworkLoader, AnUnreadableValueIsNotReportedTwice) {
    // The kind cannot be read, so the fields it would need or forbid are not judged.
    EXPECT_EQ(problems("indicators:\n"
                       "  - {id: a, label: A, unit: percent, polarity: neutral,\n"
                       "     measure: {kind: percentage, timescale: x}}\n"),
              (Lines{"t.yaml:8:29: unknown indicator unit 'percent' (did you mean 'percentage'?)",
                     "t.yaml:9:22: unknown measure kind 'percentage'; expected one of: "
                     "timeliness, repeat_within, duration_at_end, count, rate, placements, "
                     "stability, supplied",
                     "t.yaml:9:45: timescale 'x' is not defined"}));
}

TEST(FrameworkLoader, ValuesAreQuotedShortAndOnOneLine) {
    const auto long_value = std::string(100, 'x');
    EXPECT_EQ(problems("agencies: [{id: a, name: A, sector: \"" + long_value + "\\n\"}]\n"),
              Lines{"t.yaml:7:37: unknown sector '" + std::string(60, 'x') +
                    "...'; expected one of: local_authority_childrens_services, "
                    "local_authority_other, police, icb, health_provider, general_practice, "
                    "maintained_school, academy, independent_school, further_education, "
                    "early_years, probation, youth_justice, housing, voluntary, faith, sport, "
                    "other"});
    EXPECT_EQ(problems("agencies: [{id: a, name: A, sector: \"po\\tlice\"}]\n")[0],
              "t.yaml:7:37: unknown sector 'po\\tlice' (did you mean 'police'?)");
}

// ---- versions, syntax and limits ----------------------------------------------------------------

TEST(FrameworkLoader, UnsupportedSchemaVersionStopsTheLoad) {
    const auto error = load_error("schema_version: 2\nid: t\nfuture: {}\n");
    EXPECT_EQ(error.status(), qaf::Status::unsupported_version);
    EXPECT_STREQ(error.what(), "t.yaml:1:17: unsupported schema_version 2 (this qaf reads 1)");
    const auto not_integer = load_error("schema_version: '1.0'\n" + header.substr(18));
    EXPECT_EQ(not_integer.status(), qaf::Status::validation_error);
    EXPECT_STREQ(not_integer.what(), "t.yaml:1:17: expected an integer, got '1.0'");
}

TEST(FrameworkLoader, BrokenSyntaxIsOneLocatedParseError) {
    const auto error = load_error(header + "agencies:\n  - {id: a, name: A\n");
    EXPECT_EQ(error.status(), qaf::Status::parse_error);
    ASSERT_EQ(error.diagnostics().size(), 1u);
    EXPECT_EQ(error.diagnostics()[0].where.file, "t.yaml");
    EXPECT_GT(error.diagnostics()[0].where.line, 7);
    EXPECT_TRUE(error.diagnostics()[0].message.starts_with("invalid YAML: "));

    const auto documents = load_error(header + "---\n" + header);
    EXPECT_EQ(documents.status(), qaf::Status::parse_error);
    EXPECT_EQ(documents.diagnostics()[0].message,
              "invalid YAML: a framework file holds one YAML document, this one holds more");
}

TEST(FrameworkLoader, EmptyOrNonMappingDocuments) {
    EXPECT_STREQ(load_error("").what(), "t.yaml:1:1: expected a mapping, got nothing");
    EXPECT_STREQ(load_error("# only a comment\n").what(),
                 "t.yaml:1:1: expected a mapping, got nothing");
    EXPECT_STREQ(load_error("- a\n- b\n").what(), "t.yaml:1:1: expected a mapping, got a list");
    EXPECT_STREQ(load_error("plain").what(), "t.yaml:1:1: expected a mapping, got 'plain'");
}

TEST(FrameworkLoader, DeepNestingIsAParseErrorNotACrash) {
    for (const char* open : {"[", "{a: ", "- "}) {
        std::string text;
        for (int i = 0; i < 10000; ++i) {
            text += open;
        }
        const auto error = load_error(text);
        EXPECT_EQ(error.status(), qaf::Status::parse_error) << open;
    }
    std::string block;
    for (int depth = 0; depth < 1000; ++depth) {
        block += std::string(depth, ' ') + "a:\n";
    }
    EXPECT_EQ(load_error(block).status(), qaf::Status::parse_error);
}

TEST(FrameworkLoader, HugeKeysAndValues) {
    EXPECT_THROW(Framework::from_string(std::string(2'000'000, 'k') + ": 1\n"),
                 qaf::FrameworkError);
    const auto long_key = std::string(1000, 'k');
    const auto found = problems(long_key + ": 1\n");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "t.yaml:7:1: unknown key '" + std::string(60, 'k') + "...'");
    const auto framework =
        Framework::from_string(header + "description: " + std::string(1'000'000, 'd') + "\n");
    EXPECT_EQ(framework.definition().description.size(), 1'000'000u);
}

TEST(FrameworkLoader, InputsOver4MiBAreRefused) {
    const std::string text = header + "description: " + std::string(4u << 20, 'd') + "\n";
    const auto error = load_error(text);
    EXPECT_EQ(error.status(), qaf::Status::validation_error);
    ASSERT_EQ(error.diagnostics().size(), 1u);
    EXPECT_EQ(error.diagnostics()[0].message,
              "the input is " + std::to_string(text.size()) +
                  " bytes; framework definitions are limited to 4 MiB");
}

TEST(FrameworkLoader, AliasExpansionIsBounded) {
    // 60 sections x 60 standards x 60 criteria from a few kilobytes of text.
    auto repeat = [](const std::string& alias) {
        std::string text;
        for (int i = 0; i < 59; ++i) {
            text += ", " + alias;
        }
        return text;
    };
    const std::string text =
        header +
        "assessment_tools:\n  - {id: s, name: S, kind: section_11, scale: met, sections: "
        "[&sec {id: a, name: A, standards: [&std {id: x, title: X, criteria: "
        "[&c {id: c, text: C}" +
        repeat("*c") + "]}" + repeat("*std") + "]}" + repeat("*sec") + "]}\n";
    ASSERT_LT(text.size(), 4000u);
    const auto error = load_error(text);
    EXPECT_EQ(error.diagnostics()[0].message,
              "the definition holds more than 200000 values once aliases are expanded");
}

TEST(FrameworkLoader, LongListsStayLinear) {
    // A 5,000-body reporting chain, and 5,000 references to agencies that do not exist: rules
    // that look things up must not be quadratic (or worse) in the length of a list.
    std::string chain = header + "governance:\n";
    for (int i = 0; i < 5000; ++i) {
        chain += "  - {id: b" + std::to_string(i) + ", name: B, kind: other, reports_to: b" +
                 std::to_string(i + 1) + "}\n";
    }
    chain += "  - {id: b5000, name: B, kind: other, reports_to: b0}\n";
    const auto loop = load_error(chain);
    ASSERT_EQ(loop.diagnostics().size(), 1u);
    EXPECT_TRUE(loop.diagnostics()[0].message.ends_with("b4999 -> b5000 -> b0"));

    std::string references = header + "agencies:\n";
    for (int i = 0; i < 5000; ++i) {
        references += "  - {id: a" + std::to_string(i) + ", name: A, sector: police}\n";
    }
    references += "programme:\n";
    for (int i = 0; i < 5000; ++i) {
        references += "  - {id: p" + std::to_string(i) + ", kind: assessment, tool: t" +
                      std::to_string(i) + ", frequency: yearly, owner: o}\n";
    }
    const auto dangling = load_error(references);
    EXPECT_EQ(dangling.diagnostics().size(), 1001u); // capped, with a last line saying so
    EXPECT_EQ(dangling.diagnostics().back().message,
              "too many problems: only the first 1000 are listed");
}

TEST(FrameworkLoader, FilesThatCannotBeReadAreIoErrors) {
    EXPECT_THROW(Framework::load(data_dir / "no-such-file.yaml"), qaf::IoError);
    EXPECT_THROW(Framework::load(data_dir), qaf::IoError);
}

TEST(FrameworkLoader, ProblemsOfALoadedFileNameTheFile) {
    const auto path = data_dir / "invalid" / "02-unknown-sector.yaml";
    try {
        Framework::load(path);
        FAIL() << "loaded";
    } catch (const qaf::FrameworkError& error) {
        EXPECT_EQ(error.diagnostics()[0].where.file, path.string());
    }
}

// ---- the malformed corpus (tests/data/frameworks/invalid and multi)
// ------------------------------

struct Expectation {
    int line = 0;
    int column = 0;
    std::string substring;
};

// file -> rows of a TSV: file, line, column, message substring; '#' starts a comment line.
std::map<std::string, std::vector<Expectation>> read_expectations(const fs::path& tsv) {
    std::map<std::string, std::vector<Expectation>> rows;
    std::ifstream in(tsv);
    std::string row;
    while (std::getline(in, row)) {
        if (row.empty() || row[0] == '#') {
            continue;
        }
        std::istringstream fields(row);
        std::string file;
        std::string line;
        std::string column;
        Expectation expectation;
        std::getline(fields, file, '\t');
        std::getline(fields, line, '\t');
        std::getline(fields, column, '\t');
        std::getline(fields, expectation.substring);
        expectation.line = std::stoi(line);
        expectation.column = std::stoi(column);
        rows[file].push_back(expectation);
    }
    return rows;
}

// Each file gives exactly its rows' problems: every row matched, nothing more reported.
void check_corpus(const fs::path& directory, const std::string& tsv_name) {
    const auto expectations = read_expectations(directory / tsv_name);
    ASSERT_FALSE(expectations.empty());
    for (const auto& entry : fs::directory_iterator(directory)) {
        if (entry.path().extension() == ".yaml") {
            EXPECT_TRUE(expectations.contains(entry.path().filename().string()))
                << entry.path() << " has no row in " << tsv_name;
        }
    }
    for (const auto& [file, rows] : expectations) {
        SCOPED_TRACE(file);
        std::vector<qaf::Diagnostic> diagnostics;
        try {
            Framework::load(directory / file);
            ADD_FAILURE() << "loaded without a problem";
            continue;
        } catch (const qaf::FrameworkError& error) {
            diagnostics = error.diagnostics();
        }
        std::string reported;
        for (const auto& diagnostic : diagnostics) {
            reported += "\n  " + diagnostic.to_string();
        }
        for (const auto& row : rows) {
            const bool found = std::any_of(
                diagnostics.begin(), diagnostics.end(), [&](const qaf::Diagnostic& diagnostic) {
                    return diagnostic.where.line == row.line &&
                           diagnostic.where.column == row.column &&
                           diagnostic.message.find(row.substring) != std::string::npos;
                });
            EXPECT_TRUE(found) << "expected " << row.line << ":" << row.column << ": "
                               << row.substring << "\nreported:" << reported;
        }
        EXPECT_EQ(diagnostics.size(), rows.size()) << "reported:" << reported;
    }
}

TEST(FrameworkCorpus, EachMalformedFileGivesItsOneProblem) {
    check_corpus(data_dir / "invalid", "expected.tsv");
}

TEST(FrameworkCorpus, FilesWithSeveralMistakesReportThemAllTogether) {
    check_corpus(data_dir / "multi", "multi.tsv");
}

} // namespace
