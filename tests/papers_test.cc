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
  TEST_CASE("papers of several inputs come in input order, a repeated paper is skipped") {
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
    // Named by the line of the record left out.
    CHECK(diags[0].Header() == two + ":2: warning: paper 'a' was already read; skipped");
    for (NodeIndex v = 0; v < papers.graph.node_count(); ++v) {
      CHECK(papers.graph.node(v).text != "aid fails");
    }
  }

  TEST_CASE("one paper in two databases' exports is compared once: by its DOI, or title and year") {
    Scratch dir;
    std::string scopus = dir.Write(
        "scopus.csv",
        "EID,Title,Year,DOI,Abstract\n"
        "s1,\"Aid, rebels and the war economy\",2019,10.5555/X,We argue that aid feeds war.\n"
        "s2,Why courts constrain rulers,2020,,We argue that courts constrain rulers.\n"
        "s3,Why courts constrain rulers,2021,,We argue that courts fail.\n"
        "s4,Trade,2020,,We argue that trade helps.\n");
    std::string wos =
        dir.Write("wos.jsonl",
                  "{\"id\": \"w1\", \"doi\": \"10.5555/x\", \"title\": \"Other words\", "
                  "\"abstract\": \"We argue that aid feeds war.\"}\n"
                  "{\"id\": \"w2\", \"title\": \"Why Courts Constrain Rulers.\", "
                  "\"year\": \"2020\", \"abstract\": \"We argue that courts constrain.\"}\n"
                  "{\"id\": \"w4\", \"title\": \"Trade\", \"year\": \"2020\", "
                  "\"abstract\": \"We argue that trade helps.\"}\n");
    CompiledPack pack = DefaultPack();
    PaperSource source{{&pack}, {}, InputFormat::kAuto};
    PaperSet papers;
    std::vector<Diagnostic> diags;
    CHECK(AddPapers(scopus, source, &papers, &diags));
    CHECK(AddPapers(wos, source, &papers, &diags));
    std::vector<std::string> ids;
    for (const Document& d : papers.documents) ids.push_back(d.id);
    // s3 is another year; "Trade" is too short a title to tell one paper by.
    CHECK(ids == std::vector<std::string>{"s1", "s2", "s3", "s4", "w4"});
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].Header() ==
          wos + ":1: warning: paper 'w1' is paper 's1' again (the same DOI); skipped");
    CHECK(diags[1].Header() ==
          wos + ":2: warning: paper 'w2' is paper 's2' again (the same title and year); skipped");
    CHECK(PaperKeys(papers.documents[0]) ==
          std::vector<std::string>{"doi:10.5555/x", "title:aidrebelsandthewareconomy 2019"});
  }

  TEST_CASE(
      "a saved map joins the comparison as it is, and a paper in it already read is skipped") {
    Scratch dir;
    std::string abstracts =
        dir.Write("one.jsonl",
                  "{\"id\": \"a\", \"abstract\": \"We argue that aid works because donors "
                  "monitor it.\"}\n"
                  "{\"id\": \"b\", \"abstract\": \"We argue that trade helps.\"}\n");
    CompiledPack pack = DefaultPack();
    PaperSource source{{&pack}, {}, InputFormat::kAuto};
    PaperSet mapped;
    std::vector<Diagnostic> diags;
    REQUIRE(AddPapers(abstracts, source, &mapped, &diags));
    REQUIRE(mapped.graph.node_count() > 0);
    std::string map =
        dir.Write("map.json", ExportJson(ExportInput{mapped.graph, mapped.documents, {}}));

    PaperSet read;
    CHECK(AddPapers(map, source, &read, &diags));
    CHECK(diags.empty());
    CHECK(ExportJson(ExportInput{read.graph, read.documents, {}}) ==
          ExportJson(ExportInput{mapped.graph, mapped.documents, {}}));

    CHECK(AddPapers(map, source, &mapped, &diags));
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].Header() == map + ": warning: paper 'a' was already read; skipped");
    CHECK(ExportJson(ExportInput{read.graph, read.documents, {}}) ==
          ExportJson(ExportInput{mapped.graph, mapped.documents, {}}));
  }

  TEST_CASE(
      "an Argdown map is read as the papers it holds, a file that cannot be read is one error") {
    Scratch dir;
    std::string argdown = dir.Write("map.argdown", "[Aid]: Aid works.\n  + Donors monitor it.\n");
    CompiledPack pack = DefaultPack();
    PaperSource source{{&pack}, {}, InputFormat::kAuto};
    PaperSet papers;
    std::vector<Diagnostic> diags;
    CHECK(AddPapers(argdown, source, &papers, &diags));
    CHECK_FALSE(AddPapers(argdown + ".missing", source, &papers, &diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].Header() ==
          argdown + ".missing: error: cannot read file: No such file or directory");
    REQUIRE(papers.documents.size() == 1);
    CHECK(papers.documents[0].id == "map");
    REQUIRE(papers.graph.node_count() == 2);
    CHECK(papers.graph.node(0).text == "Aid works.");
    CHECK(papers.graph.node(1).text == "Donors monitor it.");
    CHECK(papers.graph.edge_count() == 1);
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
