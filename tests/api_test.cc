#include <doctest/doctest.h>

#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "api/argmap.h"
#include "api/map_contents.h"
#include "argmap_run.h"
#include "pipeline/map_inputs.h"
#include "rules/compiled_pack.h"

namespace argmap {
namespace {

using testing::RunDir;

const char kTwoRecords[] =
    "{\"abstract\": \"We argue that aid works. Therefore, donors should give more.\"}\n"
    "{\"id\": \"b\", \"abstract\": \"We find that trade helps. Thus, tariffs hurt.\"}\n";

api::Mapper& DefaultMapper() {
  static api::Mapper mapper;
  static bool loaded = [] {
    api::Error error;
    return mapper.Load({}, &error);
  }();
  REQUIRE(loaded);
  return mapper;
}

std::string Json(const api::Map& map) {
  std::string json;
  api::Error error;
  REQUIRE(api::Export(map, "json", {}, &json, &error));
  return json;
}

}  // namespace

TEST_SUITE("api") {
  TEST_CASE("the public header includes only the standard library, the module only it") {
    auto quoted_includes = [](const std::string& path) {
      std::ifstream file(std::string(ARGMAP_SOURCE_DIR) + "/" + path);
      REQUIRE(file);
      std::vector<std::string> includes;
      for (std::string line; std::getline(file, line);) {
        if (line.rfind("#include \"", 0) == 0) includes.push_back(line);
      }
      return includes;
    };
    CHECK(quoted_includes("src/api/argmap.h") == std::vector<std::string>{});
    CHECK(quoted_includes("python/src/module.cc") ==
          std::vector<std::string>{"#include \"api/argmap.h\""});
  }

  TEST_CASE("a path maps as argmap extract maps it, byte for byte") {
    RunDir dir;
    dir.Write("refs.jsonl", kTwoRecords);
    api::Map map;
    api::Error error;
    REQUIRE(DefaultMapper().ReadPath((dir / "refs.jsonl").string(), {}, &map, &error));
    testing::ArgmapRun cli = dir.Argmap("extract " + testing::Sh((dir / "refs.jsonl").string()));
    CHECK(cli.status == 0);
    CHECK(Json(map) == cli.out);
    CHECK(map.diagnostics() == "");
  }

  TEST_CASE("records get the default ids of their name, counted on from the record base") {
    api::Map map;
    api::Error error;
    REQUIRE(DefaultMapper().MapRecords(kTwoRecords, "abstract", 10, {}, &map, &error));
    REQUIRE(map.document_count() == 2);
    CHECK(map.contents().documents[0].id == "abstract#11");
    CHECK(map.contents().documents[1].id == "b");
  }

  TEST_CASE("one map per abstract holds the nodes of the whole map, in order") {
    api::Map whole;
    std::vector<api::Map> each;
    api::Error error;
    REQUIRE(DefaultMapper().MapRecords(kTwoRecords, "abstract", 0, {}, &whole, &error));
    std::string diagnostics;
    REQUIRE(DefaultMapper().MapEach(kTwoRecords, "abstract", 0, {}, nullptr, &each, &diagnostics,
                                    &error));
    REQUIRE(each.size() == 2);
    CHECK(each[0].contents().graph.node_count() + each[1].contents().graph.node_count() ==
          whole.contents().graph.node_count());
    CHECK(each[1].contents().documents[0].id == "b");
    CHECK(diagnostics.empty());
  }

  TEST_CASE("an id mapped by an earlier call of a series is a duplicate in a later one") {
    const char* first = "{\"id\": \"a\", \"abstract\": \"We argue that quotas raise turnout.\"}\n";
    const char* second =
        "{\"id\": \"b\", \"abstract\": \"We find that courts constrain rulers.\"}\n"
        "{\"id\": \"a\", \"abstract\": \"We show that term limits weaken parties.\"}\n";
    const std::string message =
        "abstract:3: error: duplicate id 'a' (first used at abstract:1); record 3 skipped";
    for (bool strict : {true, false}) {
      CAPTURE(strict);
      api::SeenIds seen;
      std::vector<api::Map> maps;
      std::string diagnostics;
      api::Error error;
      api::ReadOptions options;
      options.strict = strict;
      REQUIRE(DefaultMapper().MapEach(first, "abstract", 0, options, &seen, &maps, &diagnostics,
                                      &error));
      bool ok = DefaultMapper().MapEach(second, "abstract", 1, options, &seen, &maps, &diagnostics,
                                        &error);
      CHECK(ok == !strict);
      if (strict) {
        CHECK(error.message == message);
      } else {
        CHECK(diagnostics == message + "\n");
        REQUIRE(maps.size() == 2);
        CHECK(maps[1].contents().documents[0].id == "b");
      }
    }
  }

  TEST_CASE("errors carry the command's text") {
    RunDir dir;
    dir.Write("bad.json", "{\"abstract\": \"We argue that X.\",}\n");
    std::string bad = (dir / "bad.json").string();
    api::Map map;
    api::Error error;
    CHECK_FALSE(DefaultMapper().ReadPath(bad, {}, &map, &error));
    CHECK(error.kind == api::ErrorKind::kInput);
    CHECK(error.message + "\n" == dir.Argmap("extract --strict " + testing::Sh(bad)).err);

    api::Mapper mapper;
    api::MapperOptions options;
    options.pack = "clinicl";
    CHECK_FALSE(mapper.Load(options, &error));
    CHECK(error.kind == api::ErrorKind::kUsage);
    CHECK(error.message == "argmap: error: unknown pack 'clinicl', did you mean 'clinical'?");
    api::Mapper no_jobs;
    options = {};
    options.jobs = 0;
    CHECK_FALSE(no_jobs.Load(options, &error));
    CHECK(error.message == "argmap: error: --jobs needs a whole number from 1 to 256, got '0'");

    std::string out;
    CHECK_FALSE(api::Export(map, "jsn", {}, &out, &error));
    CHECK(error.message == "argmap: error: unknown format 'jsn', did you mean 'json'?");
    CHECK_FALSE(api::Export(map, "dot", {{"rankdir", "XY"}}, &out, &error));
    CHECK(error.kind == api::ErrorKind::kUsage);
  }

  TEST_CASE("a rule file with errors is a rules error with the command's text") {
    RunDir dir;
    dir.Write("bad.rules", "rule broken\n  pattern: (?P<claim>unclosed\n");
    dir.Write("a.txt", "We argue that X.\n");
    std::string rules = (dir / "bad.rules").string();
    api::Mapper mapper;
    api::Error error;
    api::MapperOptions options;
    options.add_rules = {rules};
    CHECK_FALSE(mapper.Load(options, &error));
    CHECK(error.kind == api::ErrorKind::kRules);
    CHECK(error.message + "\n" ==
          dir.Argmap("extract --add-rules " + testing::Sh(rules) + " a.txt").err);
  }

  TEST_CASE("the format of a path is the one its extension names, svg without one") {
    std::string format;
    api::Error error;
    CHECK((api::FormatForPath("m.png", &format, &error) && format == "png"));
    CHECK((api::FormatForPath("m", &format, &error) && format == "svg"));
    CHECK_FALSE(api::FormatForPath("m.txt", &format, &error));
    CHECK(error.message ==
          "argmap: error: 'm.txt': '.txt' may be explain or summary: give --format");
  }

  TEST_CASE("the options of Compare and ExportComparison are checked with the command's messages") {
    api::Map map;
    api::Error error;
    REQUIRE(DefaultMapper().MapRecords(kTwoRecords, "abstract", 0, {}, &map, &error));
    struct Case {
      api::CompareOptions options;
      std::string message;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Case> cases = {
        {{5, 5, 1}, "argmap: error: --threshold needs a number from 0 to 1, not '5'"},
        {{nan, 5, 1}, "argmap: error: --threshold needs a number from 0 to 1, not 'nan'"},
        {{-3, 5, 1}, "argmap: error: --threshold needs a number from 0 to 1, not '-3'"},
        {{1.5, 5, 1}, "argmap: error: --threshold needs a number from 0 to 1, not '1.5'"},
        {{0, 5, 1}, "argmap: error: --threshold needs a number above 0 and at most 1, not '0'"},
        {{0.15, 0, 1}, "argmap: error: --max-links needs a whole number (1 or more), not '0'"},
        {{0.15, -1, 1}, "argmap: error: --max-links needs a whole number (1 or more), not '-1'"},
        {{0.15, 5, 0}, "argmap: error: --jobs needs a whole number from 1 to 256, got '0'"},
        {{0.15, 5, -1}, "argmap: error: --jobs needs a whole number from 1 to 256, got '-1'"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.message);
      api::Comparison comparison;
      error = {};
      CHECK_FALSE(api::Compare({&map}, c.options, &comparison, &error));
      CHECK(error.kind == api::ErrorKind::kUsage);
      CHECK(error.message == c.message);
    }
    api::Comparison comparison;
    REQUIRE(api::Compare({&map}, {1, 1, 2}, &comparison, &error));
    std::string text;
    CHECK_FALSE(api::ExportComparison(comparison, "report", -1, &text, &error));
    CHECK(error.message == "argmap: error: --top needs a whole number (0 or more), not '-1'");
    CHECK(api::ExportComparison(comparison, "report", 0, &text, &error));
    CHECK_FALSE(api::CheckCount("batch", -1, 0, &error));
    CHECK(error.kind == api::ErrorKind::kUsage);
    CHECK(error.message == "argmap: error: batch needs a whole number (0 or more), not '-1'");
    CHECK(api::CheckCount("batch", 0, 0, &error));
  }

  TEST_CASE("a paper given twice is compared once, with the warning of argmap compare") {
    api::Map map;
    api::Error error;
    REQUIRE(DefaultMapper().MapRecords(kTwoRecords, "abstract", 0, {}, &map, &error));
    CHECK(map.source() == "abstract");
    api::Comparison once, twice;
    REQUIRE(api::Compare({&map}, {}, &once, &error));
    CHECK(once.papers().diagnostics() == "");
    REQUIRE(api::Compare({&map, &map}, {}, &twice, &error));
    CHECK(twice.papers().diagnostics() ==
          "abstract:1: warning: paper 'abstract#1' was already read; skipped\n"
          "abstract:2: warning: paper 'b' was already read; skipped\n");
    CHECK(twice.papers().document_count() == once.papers().document_count());
    CHECK(twice.papers().contents().graph.node_count() ==
          once.papers().contents().graph.node_count());
    CHECK(twice.link_count() == once.link_count());
  }
}

TEST_SUITE("map_inputs") {
  TEST_CASE("the node limit cuts the documents and says where") {
    std::vector<Document> docs(3);
    for (size_t i = 0; i < docs.size(); ++i) {
      docs[i].id = "d" + std::to_string(i + 1);
      docs[i].text = "We argue that aid works. Therefore, donors should give more.";
    }
    CompiledPack pack;
    std::vector<Diagnostic> diags;
    REQUIRE(LoadPack("", {}, &pack, &diags));
    ExtractOptions options;
    options.max_nodes = 3;
    ArgumentGraph graph;
    std::string message = MapDocuments(&docs, {&pack}, options, &graph);
    CHECK(message ==
          "the graph reached the limit of 3 nodes: 1 of 3 abstracts mapped, the rest left out "
          "from 'd2' on (split the input)");
    CHECK(docs.size() == 1);
  }
}

}  // namespace argmap
