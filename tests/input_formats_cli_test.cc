// End-to-end tests of the bibliographic input formats: each case runs the real
// binary (ARGMAP_BIN) from the source directory on one file of
// tests/data/inputs/ (made-up records), lets the format be detected, and checks
// the document ids and metadata, node texts that come from the decoded
// abstracts, the warnings and the exit status.
#include <doctest/doctest.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

using Run = testing::ArgmapRun;

// Runs `argmap <args>` in the source directory, where the input files are.
Run Argmap(const std::string& args) {
  testing::RunDir dir;  // for standard error; the command runs in the source directory
  return dir.Shell("cd " + testing::Sh(ARGMAP_SOURCE_DIR) + " && " + testing::Sh(ARGMAP_BIN) + " " +
                   args);
}

struct Mapped {
  Run run;
  Json graph;
  std::vector<std::string> ids;
  std::map<std::string, std::set<std::string>> node_texts;  // by document id
};

Mapped MapFile(const std::string& file) {
  Mapped m;
  // Rules only (no model weights): the node texts show what the reader read.
  m.run =
      Argmap("extract --model tests/data/rules-only.model --format json tests/data/inputs/" + file);
  m.graph = Json::parse(m.run.out, nullptr, false);
  REQUIRE(m.graph.is_object());
  for (const Json& doc : m.graph["documents"]) m.ids.push_back(doc["id"]);
  for (const Json& node : m.graph["nodes"]) m.node_texts[node["doc"]].insert(node["text"]);
  return m;
}

bool HasNode(const Mapped& m, const std::string& doc, const std::string& text) {
  auto it = m.node_texts.find(doc);
  return it != m.node_texts.end() && it->second.count(text) > 0;
}

TEST_SUITE("input_formats_cli") {
  TEST_CASE("a BibTeX file is mapped, its LaTeX decoded, an entry without abstract skipped") {
    Mapped m = MapFile("sanctions.bib");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/sanctions.bib:24: warning: entry 'noabstract_2015' has no abstract; "
          "skipped\n"
          "argmap: mapped 2 abstracts; skipped 1 record without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"roe_sanctions_2021", "Ortiz2019"});
    const Json& roe = m.graph["documents"][0];
    CHECK(roe["title"] == "Why Sanctions Persist: Audience Costs in Coercive Diplomacy");
    CHECK(roe["authors"] == Json::array({"Jane Roe", "Jörg Müller"}));
    CHECK(roe["year"] == "2021");
    CHECK(roe["doi"] == "10.5555/argmap.bib.1");
    CHECK(roe["venue"] == "Journal of Sanctions Research");
    CHECK(HasNode(m, "roe_sanctions_2021", "governments keep sanctions in place"));
    CHECK(HasNode(m, "roe_sanctions_2021", "lifting them angers exporters in Lübeck and Liège"));
    const Json& ortiz = m.graph["documents"][1];
    CHECK(ortiz["authors"] == Json::array({"Luís Ortiz", "Pavel Dvořák"}));
    CHECK(ortiz["title"] == "Targeted Measures and Çompliance");
    CHECK(ortiz["year"] == "2019");
    CHECK(HasNode(m, "Ortiz2019", "they spare ordinary citizens & keep elites under pressure"));
  }

  TEST_CASE(
      "the last line counts what was mapped and skipped, streamed or not, and --quiet drops it") {
    const std::string input = " tests/data/inputs/sanctions.bib tests/data/inputs/no-such.bib";
    const std::string tally =
        "argmap: mapped 2 abstracts; skipped 1 record without an abstract; 1 error above\n";
    for (const std::string format : {"json", "jsonl", "summary"}) {
      CAPTURE(format);
      Run run = Argmap("extract --format " + format + input);
      CHECK(run.status == 1);
      CHECK(run.err.ends_with(tally));
    }
    Run quiet = Argmap("extract --quiet" + input);
    CHECK(quiet.err ==
          "tests/data/inputs/no-such.bib: error: cannot read file: No such file or directory\n");
    Run clean = Argmap("extract tests/data/inputs/alliances-csl.json");
    CHECK(clean.err == "");
  }

  TEST_CASE("a RIS file is mapped, with a value continued over two lines") {
    Mapped m = MapFile("mediation.ris");
    CHECK(m.run.status == 0);
    CHECK(m.run.err == "");
    CHECK(m.ids == std::vector<std::string>{"lee2020", "mediation#2"});
    const Json& lee = m.graph["documents"][0];
    CHECK(lee["authors"] == Json::array({"Min-ji Lee", "Chidi Okafor"}));
    CHECK(lee["venue"] == "Journal of Conflict Studies");
    CHECK(HasNode(m, "lee2020", "mediated ceasefires last longer"));
    CHECK(HasNode(m, "mediation#2", "power-sharing deals fail"));
  }

  TEST_CASE("a CSL-JSON file is mapped") {
    Mapped m = MapFile("alliances-csl.json");
    CHECK(m.run.status == 0);
    CHECK(m.run.err == "");
    CHECK(m.ids == std::vector<std::string>{"haas2018", "silva2022"});
    CHECK(m.graph["documents"][0]["authors"] == Json::array({"Mira Haas", "Baltic Policy Group"}));
    CHECK(m.graph["documents"][0]["venue"] == "Security Review");
    CHECK(HasNode(m, "haas2018", "small states avoid formal alliances"));
    CHECK(HasNode(m, "silva2022", "it raises their standing"));
  }

  TEST_CASE("a Better BibTeX library that opens with a web page is read as CSL-JSON") {
    Mapped m = MapFile("library-bbt.json");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/library-bbt.json:2: warning: record 1 ('ngoPeaceObservatory2023') has "
          "no abstract; skipped\n"
          "tests/data/inputs/library-bbt.json:20: warning: record 3 ('osei2020') has no abstract; "
          "skipped\n"
          "argmap: mapped 1 abstract; skipped 2 records without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"kimTradeTies2019"});
    CHECK(m.graph["documents"][0]["authors"] == Json::array({"Soo-ah Kim"}));
    CHECK(HasNode(m, "kimTradeTies2019", "partners stand to lose more from fighting"));
  }

  TEST_CASE("a CSL-JSON library where no item has an abstract is one error and exit 1") {
    Run run = Argmap("extract tests/data/inputs/references-bbt.json");
    CHECK(run.status == 1);
    CHECK(run.out == "");
    CHECK(run.err ==
          "tests/data/inputs/references-bbt.json: error: 2 records, none with an abstract\n"
          "argmap: error: no abstracts to map\n");
  }

  TEST_CASE("an OpenAlex page is mapped from its inverted indexes") {
    Mapped m = MapFile("openalex-page.json");
    CHECK(m.run.status == 0);
    CHECK(m.run.err == "");
    CHECK(m.ids == std::vector<std::string>{"W9000000001", "W9000000002"});
    CHECK(m.graph["documents"][0]["doi"] == "10.5555/argmap.oa.1");
    CHECK(m.graph["documents"][0]["venue"] == "Comparative Politics Quarterly");
    CHECK(HasNode(m, "W9000000001", "term limits weaken parties"));
    CHECK(HasNode(m, "W9000000001", "they shorten careers"));
    CHECK(HasNode(m, "W9000000002", "compulsory voting raises turnout"));
  }

  TEST_CASE("a Crossref work list is mapped from its JATS abstracts") {
    Mapped m = MapFile("crossref-works.json");
    CHECK(m.run.status == 0);
    CHECK(m.run.err == "");
    CHECK(m.ids == std::vector<std::string>{"10.5555/argmap.cr.1", "10.5555/argmap.cr.2"});
    CHECK(m.graph["documents"][0]["title"] == "Courts and Regime Survival");
    CHECK(m.graph["documents"][0]["venue"] == "Law & Politics Review");
    CHECK(m.graph["documents"][1]["year"] == "2011");
    CHECK(HasNode(m, "10.5555/argmap.cr.1", "autocrats tolerate independent courts"));
    CHECK(HasNode(m, "10.5555/argmap.cr.1", "courts “signal” restraint to investors"));
    CHECK(HasNode(m, "10.5555/argmap.cr.2", "federal concessions reduce secessionism"));
  }

  TEST_CASE("a Semantic Scholar page is mapped") {
    Mapped m = MapFile("s2-papers.json");
    CHECK(m.run.status == 0);
    CHECK(m.run.err == "");
    CHECK(m.ids == std::vector<std::string>{"0000000000000000000000000000000000000a01",
                                            "0000000000000000000000000000000000000a02"});
    CHECK(m.graph["documents"][0]["doi"] == "10.5555/argmap.s2.1");
    CHECK(m.graph["documents"][1]["venue"] == "Journal of Contentious Politics");
    CHECK(HasNode(m, "0000000000000000000000000000000000000a01", "conditional aid fails"));
    CHECK(HasNode(m, "0000000000000000000000000000000000000a02", "remittances dampen protest"));
  }

  TEST_CASE("PubMed XML is mapped, a structured abstract's headings kept out of the nodes") {
    Mapped m = MapFile("trials-pubmed.xml");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/trials-pubmed.xml:58: warning: record 3 ('90000003') has no "
          "abstract; skipped\n"
          "tests/data/inputs/trials-pubmed.xml:66: warning: record 4 is a <PubmedBookArticle>, "
          "not a journal article (<PubmedArticle>); skipped\n"
          "argmap: mapped 2 abstracts; skipped 1 record without an abstract and 1 record for "
          "another reason\n");
    CHECK(m.ids == std::vector<std::string>{"90000001", "90000002"});
    const Json& first = m.graph["documents"][0];
    CHECK(first["title"] == "Walking after surgery for HER2-positive cancer: a randomised trial.");
    CHECK(first["authors"] == Json::array({"Ana Núñez", "TK Berg", "Made-up Trials Group"}));
    CHECK(first["year"] == "2021");
    CHECK(first["doi"] == "10.5555/argmap.pubmed.1");
    CHECK(first["venue"] == "Journal of Made-up Oncology");
    CHECK(first["keywords"] == Json::array({"exercise", "fatigue"}));
    CHECK(m.graph["documents"][1]["year"] == "2019");
    CHECK(m.graph["documents"][1]["doi"] == "10.5555/argmap.pubmed.2");
    CHECK(HasNode(m, "90000001", "Fatigue scores fell more with walking (P = .01)"));
    CHECK(HasNode(m, "90000001", "a walking programme reduces fatigue after surgery"));
  }

  TEST_CASE("MEDLINE text is mapped, values continued over lines") {
    Mapped m = MapFile("trials.nbib");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/trials.nbib:22: warning: record 2 ('90000012') has no abstract; "
          "skipped\n"
          "argmap: mapped 2 abstracts; skipped 1 record without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"90000011", "90000013"});
    const Json& first = m.graph["documents"][0];
    CHECK(first["title"] == "Reminder letters and screening uptake: a cluster randomised trial.");
    CHECK(first["authors"] == Json::array({"Ngozi Okoye", "Per Lindqvist"}));
    CHECK(first["doi"] == "10.5555/argmap.medline.1");
    CHECK(first["venue"] == "Journal of Made-up Screening");
    CHECK(m.graph["documents"][1]["venue"] == "Made-up Surg");
    CHECK(HasNode(m, "90000011", "Uptake rose by 9% (P < .001)"));
  }

  TEST_CASE("a Scopus CSV export is mapped, its notices and placeholders left out") {
    Mapped m = MapFile("scopus.csv");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/scopus.csv:3: warning: record 2 ('2-s2.0-90000000002') has no "
          "abstract; skipped\n"
          "argmap: mapped 2 abstracts; skipped 1 record without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"2-s2.0-90000000001", "2-s2.0-90000000003"});
    const Json& first = m.graph["documents"][0];
    CHECK(first["title"] == "Why mediators keep ceasefires alive");
    CHECK(first["authors"] == Json::array({"Rana Haddad", "Kwame Osei"}));
    CHECK(first["year"] == "2021");
    CHECK(first["doi"] == "10.5555/argmap.scopus.1");
    CHECK(first["venue"] == "Journal of Made-up Peace Studies");
    CHECK(first["keywords"] == Json::array({"mediation", "ceasefires", "information"}));
    CHECK(m.graph["documents"][1]["title"] == "Sanctions, elites and the \"rally\" effect");
    CHECK(HasNode(m, "2-s2.0-90000000001", "mediated ceasefires last twice as long"));
    CHECK(HasNode(m, "2-s2.0-90000000003",
                  "targeted measures are more effective than broad embargoes"));
  }

  TEST_CASE("a Web of Science plain-text export is found by its content and mapped") {
    Mapped m = MapFile("savedrecs.txt");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/savedrecs.txt:27: warning: record 2 ('WOS:000000000000012') has no "
          "abstract; skipped\n"
          "argmap: mapped 2 abstracts; skipped 1 record without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"WOS:000000000000011", "WOS:000000000000013"});
    const Json& first = m.graph["documents"][0];
    CHECK(first["authors"] == Json::array({"Rana Haddad", "Kwame Osei"}));
    CHECK(first["doi"] == "10.5555/argmap.wos.1");
    CHECK(first["keywords"] == Json::array({"mediation", "ceasefires", "information"}));
    CHECK(HasNode(m, "WOS:000000000000011", "mediated ceasefires last twice as long"));
  }

  TEST_CASE("compare reads a paper found in both the Scopus and the Web of Science export once") {
    Run r = Argmap(
        "compare --format json tests/data/inputs/scopus.csv "
        "tests/data/inputs/savedrecs.txt");
    CHECK(r.status == 0);
    CHECK(r.err ==
          "tests/data/inputs/scopus.csv:3: warning: record 2 ('2-s2.0-90000000002') has no "
          "abstract; skipped\n"
          "tests/data/inputs/savedrecs.txt:27: warning: record 2 ('WOS:000000000000012') has no "
          "abstract; skipped\n"
          "tests/data/inputs/savedrecs.txt:3: warning: paper 'WOS:000000000000011' is paper "
          "'2-s2.0-90000000001' again (the same title and year); skipped\n"
          "tests/data/inputs/savedrecs.txt:36: warning: paper 'WOS:000000000000013' is paper "
          "'2-s2.0-90000000003' again (the same title and year); skipped\n"
          "argmap: mapped 2 abstracts; skipped 2 records without an abstract and 2 records for "
          "another reason\n");
    Json graph = Json::parse(r.out, nullptr, false);
    REQUIRE(graph.is_object());
    CHECK(graph["documents"].size() == 2);
    CHECK(graph["alignments"].empty());  // no paper agrees with itself
  }

  TEST_CASE("an EndNote XML export is mapped through its style elements") {
    Mapped m = MapFile("library-endnote.xml");
    CHECK(m.run.status == 0);
    CHECK(m.run.err ==
          "tests/data/inputs/library-endnote.xml:3: warning: record 2 has no abstract; skipped\n"
          "argmap: mapped 1 abstract; skipped 1 record without an abstract\n");
    CHECK(m.ids == std::vector<std::string>{"90000021"});
    const Json& first = m.graph["documents"][0];
    CHECK(first["title"] == "Reminder letters and screening uptake");
    CHECK(first["authors"] == Json::array({"Ngozi Okoye", "Per Lindqvist"}));
    CHECK(first["year"] == "2020");
    CHECK(first["doi"] == "10.5555/argmap.endnote.1");
    CHECK(first["venue"] == "Journal of Made-up Screening");
    CHECK(first["keywords"] == Json::array({"screening", "reminders"}));
    CHECK(HasNode(m, "90000021", "Uptake rose by 9% (P < .001)"));
  }

  TEST_CASE("JATS and GROBID TEI are mapped from their front matter and header") {
    Mapped jats = MapFile("coalitions-jats.xml");
    CHECK(jats.run.status == 0);
    CHECK(jats.run.err == "");
    CHECK(jats.ids == std::vector<std::string>{"10.5555/argmap.jats.1"});
    const Json& article = jats.graph["documents"][0];
    CHECK(article["title"] == "Why Coalitions Break Early");
    CHECK(article["authors"] == Json::array({"Rana Haddad", "Made-up Cabinet Project"}));
    CHECK(article["year"] == "2022");
    CHECK(article["keywords"] == Json::array({"coalitions", "cabinet duration"}));
    Mapped tei = MapFile("grobid-header.tei.xml");
    CHECK(tei.run.status == 0);
    CHECK(tei.run.err == "");
    CHECK(tei.ids == std::vector<std::string>{"10.5555/argmap.tei.1"});
    const Json& paper = tei.graph["documents"][0];
    CHECK(paper["authors"] == Json::array({"Sun Hee Park", "Tomás Ruiz"}));
    CHECK(paper["venue"] == "Journal of Made-up Institutions");
    CHECK(paper["year"] == "2016");
    CHECK(HasNode(tei, "10.5555/argmap.tei.1", "independent courts raise trust in elections"));
  }

  TEST_CASE("--input-format forces a reader, and an unknown one gets did you mean") {
    Run forced =
        Argmap("extract --format json --input-format json tests/data/inputs/s2-papers.json");
    CHECK(forced.status == 1);
    CHECK(forced.err ==
          "tests/data/inputs/s2-papers.json:1: error: record 1 has no \"abstract\" or \"text\" "
          "field\n"
          "argmap: error: no abstracts to map\n");
    Run unknown = Argmap("extract --input-format bibtx tests/data/inputs/sanctions.bib");
    CHECK(unknown.status == 2);
    CHECK(unknown.err ==
          "argmap: error: unknown input format 'bibtx', did you mean 'bibtex'?\n"
          "run 'argmap extract --help' for usage\n");
  }
}

}  // namespace
}  // namespace argmap
