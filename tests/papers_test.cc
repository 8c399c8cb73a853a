#include "compare/papers.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/exporter.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

// A scratch directory removed with its contents.
class Scratch {
 public:
  Scratch() {
    std::string name = (fs::temp_directory_path() / "argmap-papers-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
    return (path_ / name).string();
  }

 private:
  fs::path path_;
};

CompiledPack DefaultPack() {
  CompiledPack pack;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadPack("", {}, &pack, &diags));
  return pack;
}

}  // namespace

TEST_SUITE("compare_papers") {
  TEST_CASE("an argmap JSON map is told from abstracts by its format field") {
    const std::vector<std::pair<std::string, bool>> table = {
        {R"({"format": "argmap", "version": 1, "documents": []})", true},
        {"{\"format\":\"argmap\",\"version\":1}\n{\"format\":\"argmap\",\"version\":1}\n", true},
        {R"({"id": "a", "abstract": "We argue that x."})", false},
        {R"([{"format": "argmap"}])", false},
        {R"({"format": "aif"})", false},
        {"We argue that x.\n", false},
        {"", false},
        {"{\"format\": \"argmap\", broken", false},
    };
    for (const auto& [content, is_map] : table) {
      CAPTURE(content);
      CHECK(IsArgmapMap(content) == is_map);
    }
  }

  TEST_CASE("papers of several inputs come in input order; a repeated paper is skipped") {
    Scratch dir;
    std::string one = dir.Write("one.jsonl",
                                "{\"id\": \"a\", \"abstract\": \"We argue that aid works.\"}\n"
                                "{\"id\": \"b\", \"abstract\": \"We argue that trade helps.\"}\n");
    std::string two = dir.Write("two.jsonl",
                                "{\"id\": \"c\", \"abstract\": \"We argue that war hurts.\"}\n"
                                "{\"id\": \"a\", \"abstract\": \"We argue that aid fails.\"}\n");
    CompiledPack pack = DefaultPack();
    PaperSource source{{&pack}, {}, InputFormat::kAuto};
    PaperSet papers;
    std::vector<Diagnostic> diags;
    CHECK(AddPapers(one, source, &papers, &diags));
    CHECK(AddPapers(two, source, &papers, &diags));
    REQUIRE(papers.documents.size() == 3);
    CHECK(papers.documents[2].id == "c");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].severity == Severity::kWarning);
    CHECK(diags[0].Header() == two + ": warning: paper 'a' was already read; skipped");
    for (NodeIndex v = 0; v < papers.graph.node_count(); ++v) {
      CHECK(papers.graph.node(v).text != "aid fails");
    }
  }

  TEST_CASE("a map, or a file that cannot be read, is one error") {
    Scratch dir;
    std::string map = dir.Write("map.json", R"({"format": "argmap", "version": 1})");
    CompiledPack pack = DefaultPack();
    PaperSource source{{&pack}, {}, InputFormat::kAuto};
    PaperSet papers;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(AddPapers(map, source, &papers, &diags));
    CHECK_FALSE(AddPapers(map + ".missing", source, &papers, &diags));
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].Header() ==
          map +
              ": error: an argmap JSON map, not abstracts: compare maps the abstracts themselves");
    CHECK(diags[1].Header() ==
          map + ".missing: error: cannot read file: No such file or directory");
    CHECK(papers.documents.empty());
  }

  TEST_CASE("mapping on two packs gives the graph of mapping on one") {
    Scratch dir;
    std::string lines;
    for (int k = 0; k < 1200; ++k) {
      lines += "We argue that policy " + std::to_string(k % 13) +
               " works because donors stay. Therefore aid helps.\n";
    }
    std::string path = dir.Write("many.txt", lines);
    CompiledPack first = DefaultPack();
    CompiledPack second = DefaultPack();
    PaperSet one;
    PaperSet two;
    std::vector<Diagnostic> diags;
    CHECK(AddPapers(path, {{&first}, {}, InputFormat::kAuto}, &one, &diags));
    CHECK(AddPapers(path, {{&first, &second}, {}, InputFormat::kAuto}, &two, &diags));
    CHECK(one.documents.size() == 1200);
    CHECK(one.graph.node_count() > 1200);
    CHECK(ExportJson({one.graph, one.documents, {}}) == ExportJson({two.graph, two.documents, {}}));
  }
}

}  // namespace argmap
