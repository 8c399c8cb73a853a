// Tests of the streamed and parallel extraction: pipeline/stream_extract,
// pipeline/parallel_extract, core/parallel, and `argmap extract` with
// --format jsonl, --jobs, --strict and the progress line (cli/progress), run
// through the real binary.
#include "pipeline/stream_extract.h"

#include <doctest/doctest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <sstream>

#include "argmap_run.h"
#include "cli/progress.h"
#include "core/parallel.h"
#include "export/exporter.h"
#include "pipeline/parallel_extract.h"
#include "pubmed_xml_sample.h"

namespace argmap {
namespace {

using testing::RunDir;

// `n` abstracts built from a few argument shapes, with distinct ids.
std::string Abstracts(int n) {
  const char* shapes[] = {
      "We argue that alliances deter attacks. Since allies share costs, deterrence holds.",
      "The results show that sanctions fail when targets adapt. We conclude that they "
      "should be narrow.",
      "Patients in arm A lived longer than in arm B (P = .01). Treatment A is effective.",
      "States face a dilemma between hedging and balancing. Therefore, small states hedge.",
  };
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "{\"id\": \"p" + std::to_string(i) + "\", \"abstract\": \"" + shapes[i % 4] + "\"}\n";
  }
  return out;
}

std::vector<Document> Docs(int n) {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  REQUIRE(ReadDocuments("a.jsonl", Abstracts(n), InputFormat::kJsonl, &docs, &diags));
  return docs;
}

}  // namespace

TEST_SUITE("parallel") {
  TEST_CASE("ParallelFor visits every item once, whatever the number of jobs") {
    for (size_t n : {0, 1, 5, 100}) {
      for (int jobs : {1, 2, 3, 8}) {
        std::vector<std::atomic<int>> seen(n);
        ParallelFor(n, jobs, [&](int worker, size_t i) {
          CHECK(worker < jobs);
          ++seen[i];
        });
        for (size_t i = 0; i < n; ++i) CHECK(seen[i] == 1);
      }
    }
  }

  TEST_CASE("ExtractParallel gives the graph and stats of Extract") {
    std::vector<Document> docs = Docs(300);
    std::vector<CompiledPack> packs(3);
    for (CompiledPack& p : packs) {
      std::vector<Diagnostic> diags;
      REQUIRE(LoadPack("", {}, &p, &diags));
    }
    ArgumentGraph one;
    ExtractStats one_stats;
    Extract(docs, packs[0], &one, &one_stats);
    std::string expected = ExportJson(ExportInput{one, docs, {}});
    for (size_t n : {1, 2, 3}) {
      std::vector<const CompiledPack*> pointers;
      for (size_t i = 0; i < n; ++i) pointers.push_back(&packs[i]);
      ArgumentGraph graph;
      ExtractStats stats;
      ExtractParallel(docs, pointers, &graph, &stats);
      CHECK(ExportJson(ExportInput{graph, docs, {}}) == expected);
      CHECK(stats.documents == one_stats.documents);
      CHECK(stats.sentences == one_stats.sentences);
      CHECK(stats.rule_matches == one_stats.rule_matches);
      CHECK(stats.packs == one_stats.packs);
    }
  }

  TEST_CASE("ExtractParallel stops at the node limit where Extract stops") {
    std::vector<Document> docs = Docs(300);
    std::vector<CompiledPack> packs(2);
    for (CompiledPack& p : packs) {
      std::vector<Diagnostic> diags;
      REQUIRE(LoadPack("", {}, &p, &diags));
    }
    ExtractOptions options;
    options.max_nodes = 100;
    ArgumentGraph one, two;
    ExtractStats one_stats, two_stats;
    Extract(docs, packs[0], &one, &one_stats, options);
    ExtractParallel(docs, {&packs[0], &packs[1]}, &two, &two_stats, options);
    CHECK(one_stats.documents < docs.size());
    CHECK(two_stats.documents == one_stats.documents);
    CHECK(two.node_count() == one.node_count());
  }
}

TEST_SUITE("progress") {
  TEST_CASE("the progress line gives count, rate, share and time left") {
    CHECK(ProgressLine::Format(500, 2.0, 25, 100) == "argmap: 500 abstracts, 250/s, 25%, 6 s left");
    CHECK(ProgressLine::Format(500, 2.0, 0, 0) == "argmap: 500 abstracts, 250/s");
    CHECK(ProgressLine::Format(0, 0.0, 0, 100) == "argmap: 0 abstracts, 0%");
  }

  TEST_CASE("the progress line is drawn in place and ended by Finish, only when enabled") {
    std::ostringstream on, off;
    ProgressLine shown(on, true, 0.0), hidden(off, false, 0.0);
    shown.Update(10, 50, 100);
    hidden.Update(10, 50, 100);
    shown.Finish();
    hidden.Finish();
    CHECK(on.str().starts_with("\rargmap: 10 abstracts"));
    CHECK(on.str().ends_with("\n"));
    CHECK(off.str() == "");
  }
}

TEST_SUITE("stream_cli") {
  TEST_CASE("JSON Lines output is the same for any number of jobs and as the whole graph's") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(700));
    REQUIRE(dir.Argmap("extract --format jsonl --jobs 1 -o one.jsonl in.jsonl").status == 0);
    REQUIRE(dir.Argmap("extract --format jsonl --jobs 2 -o two.jsonl in.jsonl").status == 0);
    REQUIRE(dir.Argmap("extract --format jsonl --jobs 3 < in.jsonl > three.jsonl -").status == 0);
    // --explain needs the whole graph, so this run is not streamed.
    REQUIRE(dir.Argmap("extract --format jsonl --explain -o whole.jsonl in.jsonl").status == 0);
    std::string one = dir.Read("one.jsonl");
    CHECK(one.size() > 700 * 100);
    CHECK(dir.Read("two.jsonl") == one);
    CHECK(dir.Read("whole.jsonl") == one);
    std::string three = dir.Read("three.jsonl");
    CHECK(std::count(three.begin(), three.end(), '\n') == 700);
  }

  TEST_CASE("other formats are the same for any number of jobs") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(400));
    for (const char* format : {"json", "dot", "graphml"}) {
      CAPTURE(format);
      std::string f = format;
      REQUIRE(dir.Argmap("extract -f " + f + " -j 1 -o one in.jsonl").status == 0);
      REQUIRE(dir.Argmap("extract -f " + f + " -j 2 -o two in.jsonl").status == 0);
      CHECK(dir.Read("one") == dir.Read("two"));
    }
  }

  TEST_CASE("a bad record is reported with its place and skipped, and the run fails at the end") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(2) + "{\"id\": \"x\", \"abstract\": }\n" + Abstracts(3));
    testing::ArgmapRun r = dir.Argmap("extract --format jsonl -o out.jsonl in.jsonl");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "in.jsonl:3:25: error: invalid JSON: syntax error while parsing value - unexpected "
          "'}'; expected '[', '{', or a literal\n"
          "{\"id\": \"x\", \"abstract\": }\n"
          "                        ^\n"
          "in.jsonl:4: error: duplicate id 'p0' (first used at in.jsonl:1); record 4 skipped\n"
          "in.jsonl:5: error: duplicate id 'p1' (first used at in.jsonl:2); record 5 skipped\n"
          "argmap: mapped 3 abstracts; 3 errors above\n");
    std::string out = dir.Read("out.jsonl");
    CHECK(std::count(out.begin(), out.end(), '\n') == 3);
  }

  TEST_CASE("a duplicate id is caught after thousands of others, across inputs") {
    RunDir dir;
    dir.Write("a.jsonl", Abstracts(3000));
    dir.Write("b.jsonl",
              "{\"id\": \"p2999\", \"abstract\": \"We argue that X.\"}\n"
              "{\"id\": \"new\", \"abstract\": \"We argue that Y.\"}\n");
    testing::ArgmapRun r = dir.Argmap("extract --format jsonl -o out.jsonl a.jsonl b.jsonl");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "b.jsonl:1: error: duplicate id 'p2999' (first used at a.jsonl:3000); record 1 skipped\n"
          "argmap: mapped 3001 abstracts; 1 error above\n");
    std::string out = dir.Read("out.jsonl");
    CHECK(std::count(out.begin(), out.end(), '\n') == 3001);
  }

  TEST_CASE("with --strict a bad record stops the run and the old output stays") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(2) + "{broken\n");
    dir.Write("out.jsonl", "old\n");
    testing::ArgmapRun r = dir.Argmap("extract --format jsonl --strict -o out.jsonl in.jsonl");
    CHECK(r.status == 1);
    CHECK(dir.Read("out.jsonl") == "old\n");
    CHECK(dir.Entries() == std::vector<std::string>{"in.jsonl", "out.jsonl"});
  }

  TEST_CASE("PubMed XML over a chunk is streamed into the maps of reading it whole") {
    // 2,500 articles, about 1.3 MB: two chunks of RecordStream::kChunkBytes.
    RunDir dir;
    dir.Write("big.xml", testing::PubmedXmlSample(2500));
    testing::ArgmapRun streamed = dir.Argmap("extract --format jsonl -o out.jsonl big.xml");
    testing::ArgmapRun whole = dir.Argmap("extract --format json -o whole.json big.xml");
    CHECK(streamed.status == 0);
    CHECK(streamed.err == whole.err);
    CHECK(streamed.err.ends_with(
        "big.xml:29077: warning: record 2497 ('3495') has no abstract; skipped\n"
        "argmap: mapped 2143 abstracts; skipped 357 records without an abstract and 1 record "
        "for another reason\n"));
    // The lines' documents and nodes, in order, are those of the whole map.
    nlohmann::json documents = nlohmann::json::array(), nodes = nlohmann::json::array();
    std::istringstream lines(dir.Read("out.jsonl"));
    for (std::string line; std::getline(lines, line);) {
      nlohmann::json map = nlohmann::json::parse(line);
      for (const auto& d : map["documents"]) documents.push_back(d);
      for (const auto& n : map["nodes"]) nodes.push_back(n);
    }
    nlohmann::json map = nlohmann::json::parse(dir.Read("whole.json"));
    CHECK(documents.size() == 2143);
    CHECK(documents == map["documents"]);
    CHECK(nodes.size() > 2143);
    CHECK(nodes == map["nodes"]);
    // And byte for byte the lines of reading it whole (--explain needs the whole graph).
    REQUIRE(dir.Argmap("extract --format jsonl --explain -o explain.jsonl big.xml").status == 0);
    CHECK(dir.Read("explain.jsonl") == dir.Read("out.jsonl"));
  }

  TEST_CASE("bad --jobs values are usage errors") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(1));
    for (const char* value : {"0", "-1", "two", "1.5", "257", ""}) {
      CAPTURE(value);
      testing::ArgmapRun r = dir.Argmap("extract --jobs " + testing::Sh(value) + " in.jsonl");
      CHECK(r.status == 2);
      CHECK(r.err.starts_with("argmap: error: --jobs needs a whole number from 1 to 256, got '" +
                              std::string(value) + "'\n"));
    }
  }

  TEST_CASE("no progress line when standard error is not a terminal") {
    RunDir dir;
    dir.Write("in.jsonl", Abstracts(50));
    testing::ArgmapRun r = dir.Argmap("extract --format jsonl in.jsonl");
    CHECK(r.status == 0);
    CHECK(r.err == "");
  }
}

}  // namespace argmap
