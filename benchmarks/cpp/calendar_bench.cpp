// Working days over 10 million date pairs (random, 2015-2030, fixed seed): the bulk forms used by
// the C API (qaf::Date) and by Python (int64 days, numpy's datetime64[D]), against a scalar loop.
// Run with `make bench`; docs/calendar.md records the figures.
#include "qaf/calendar.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

namespace {

constexpr std::size_t pair_count = 10'000'000;
constexpr std::uint64_t seed = 20240401;

struct Pairs {
    std::vector<qaf::Date> starts, ends;
    std::vector<std::int64_t> start_days, end_days;
};

const Pairs& random_pairs() {
    static const Pairs pairs = [] {
        Pairs made;
        std::mt19937_64 random(seed);
        std::uniform_int_distribution<std::int32_t> any_day(qaf::Date::from_ymd(2015, 1, 1).days,
                                                            qaf::Date::from_ymd(2030, 12, 31).days);
        for (std::size_t i = 0; i < pair_count; ++i) {
            made.starts.push_back(qaf::Date{any_day(random)});
            made.ends.push_back(qaf::Date{any_day(random)});
            made.start_days.push_back(made.starts.back().days);
            made.end_days.push_back(made.ends.back().days);
        }
        return made;
    }();
    return pairs;
}

void working_days_between_dates(benchmark::State& state) {
    const qaf::Calendar calendar;
    const Pairs& pairs = random_pairs();
    std::vector<std::int32_t> counts(pair_count);
    for (auto _ : state) {
        calendar.working_days_between(pairs.starts, pairs.ends, counts);
        benchmark::DoNotOptimize(counts.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pair_count));
}

void working_days_between_int64_days(benchmark::State& state) {
    const qaf::Calendar calendar;
    const Pairs& pairs = random_pairs();
    std::vector<std::int64_t> counts(pair_count);
    for (auto _ : state) {
        calendar.working_days_between(pairs.start_days, pairs.end_days, counts);
        benchmark::DoNotOptimize(counts.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pair_count));
}

// The same work one scalar call at a time, for comparison with the bulk forms.
void working_days_between_scalar_loop(benchmark::State& state) {
    const qaf::Calendar calendar;
    const Pairs& pairs = random_pairs();
    std::vector<std::int32_t> counts(pair_count);
    for (auto _ : state) {
        for (std::size_t i = 0; i < pair_count; ++i) {
            counts[i] = calendar.working_days_between(pairs.starts[i], pairs.ends[i]);
        }
        benchmark::DoNotOptimize(counts.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pair_count));
}

void add_working_days_int64_days(benchmark::State& state) {
    const qaf::Calendar calendar;
    const Pairs& pairs = random_pairs();
    const std::vector<std::int64_t> n(pair_count, 45);
    std::vector<std::int64_t> results(pair_count);
    for (auto _ : state) {
        calendar.add_working_days(pairs.start_days, n, results);
        benchmark::DoNotOptimize(results.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pair_count));
}

// Building the tables: what a partnership pays once per calendar.
void build_calendar(benchmark::State& state) {
    for (auto _ : state) {
        qaf::Calendar calendar;
        benchmark::DoNotOptimize(&calendar);
    }
}

} // namespace

BENCHMARK(working_days_between_dates)->Unit(benchmark::kMillisecond);
BENCHMARK(working_days_between_int64_days)->Unit(benchmark::kMillisecond);
BENCHMARK(working_days_between_scalar_loop)->Unit(benchmark::kMillisecond);
BENCHMARK(add_working_days_int64_days)->Unit(benchmark::kMillisecond);
BENCHMARK(build_calendar)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
