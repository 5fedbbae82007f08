// Start-up cost of a framework: the bundled wt2023-default loaded from its YAML, from its
// canonical JSON and from a snapshot (the cache that skips YAML parsing), and the cost of
// writing JSON and snapshots. Run with `make bench`; docs/framework-format.md records figures.
#include "qaf/framework.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// The YAML as shipped (with its comments), read from the source tree beside this file.
const std::string& default_yaml() {
    static const std::string text = [] {
        const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." /
                          "frameworks" /
                          (std::string(qaf::Framework::default_builtin_id) + ".yaml");
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return bytes.str();
    }();
    return text;
}

const qaf::Framework& default_framework() {
    static const auto framework = qaf::Framework::builtin(qaf::Framework::default_builtin_id);
    return framework;
}

void load_from_yaml(benchmark::State& state) {
    const auto& text = default_yaml();
    for (auto _ : state) {
        benchmark::DoNotOptimize(qaf::Framework::from_string(text));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(load_from_yaml)->Unit(benchmark::kMicrosecond);

void load_from_json(benchmark::State& state) {
    const auto text = default_framework().to_json();
    for (auto _ : state) {
        benchmark::DoNotOptimize(qaf::Framework::from_string(text));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(load_from_json)->Unit(benchmark::kMicrosecond);

void load_from_snapshot(benchmark::State& state) {
    std::stringstream saved;
    default_framework().save_snapshot(saved);
    const auto bytes = saved.str();
    for (auto _ : state) {
        std::istringstream in(bytes);
        benchmark::DoNotOptimize(qaf::Framework::load_snapshot(in));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(load_from_snapshot)->Unit(benchmark::kMicrosecond);

void write_json(benchmark::State& state) {
    const auto& framework = default_framework();
    for (auto _ : state) {
        benchmark::DoNotOptimize(framework.to_json());
    }
}
BENCHMARK(write_json)->Unit(benchmark::kMicrosecond);

void write_snapshot(benchmark::State& state) {
    const auto& framework = default_framework();
    for (auto _ : state) {
        std::ostringstream out;
        framework.save_snapshot(out);
        benchmark::DoNotOptimize(out.str());
    }
}
BENCHMARK(write_snapshot)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
