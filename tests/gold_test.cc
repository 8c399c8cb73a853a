// Tests of src/eval/gold: reading gold JSON Lines files into annotated
// abstracts, and the messages for bad lines.
#include "eval/gold.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

struct Result {
  bool ok = false;
  std::vector<GoldDoc> docs;
  std::string messages;  // the headers of the diagnostics, one a line
};

Result Parse(std::string_view content) {
  Result r;
  std::vector<Diagnostic> diags;
  r.ok = ParseGold("gold.jsonl", content, &r.docs, &diags);
  for (const Diagnostic& d : diags) r.messages += d.Header() + "\n";
  return r;
}

const char* const kGoodLine =
    R"({"id": "aid-1", "title": null, "text": "Aid rarely buys loyalty. We argue that )"
    R"(donors misread recipients.", "components": [{"id": "T1", "role": "premise", "begin": 0, )"
    R"("end": 23, "text": "Aid rarely buys loyalty"}, {"id": "T2", "role": "Major-Claim", )"
    R"("text": "donors misread recipients"}], "relations": [{"source": "T1", "target": "T2", )"
    R"("type": "supports"}]})";

TEST_SUITE("eval_gold") {
  TEST_CASE("a gold line gives its id, document, components and relations") {
    Result r = Parse(std::string("\n") + kGoodLine + "\n\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const GoldDoc& d = r.docs[0];
    CHECK(d.id == "aid-1");
    CHECK(d.line == 2);
    CHECK(d.document.id == "aid-1");
    CHECK(d.document.title == "");
    CHECK(d.document.text == "Aid rarely buys loyalty. We argue that donors misread recipients.");
    CHECK(d.document.source == "gold.jsonl");
    REQUIRE(d.components.size() == 2);
    CHECK(d.components[0].id == "T1");
    CHECK(d.components[0].role == "premise");
    CHECK(d.components[0].text == "Aid rarely buys loyalty");
    CHECK(d.components[1].role == "Major-Claim");
    REQUIRE(d.relations.size() == 1);
    CHECK(d.relations[0].source == "T1");
    CHECK(d.relations[0].target == "T2");
    CHECK(d.relations[0].type == "supports");
  }

  TEST_CASE("the document is what argmap extract reads from the line") {
    Result r =
        Parse(R"({"id": 7, "text": "  Abstract: Coalitions form late. ", "components": [{"id": 3, )"
              R"("role": null, "text": null}], "relations": [{"source": 3, "target": "3", )"
              R"("type": "alternative"}]})");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].id == "7");
    CHECK(r.docs[0].document.id == "7");
    CHECK(r.docs[0].document.text == "Coalitions form late.");
    REQUIRE(r.docs[0].components.size() == 1);
    CHECK(r.docs[0].components[0].id == "3");
    CHECK(r.docs[0].components[0].role == "");
    CHECK(r.docs[0].components[0].text == "");
    CHECK(r.docs[0].relations[0].source == "3");
  }

  TEST_CASE("components and relations may be left out") {
    Result r = Parse(R"({"id": "bare", "text": "Turnout fell."})");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].components.empty());
    CHECK(r.docs[0].relations.empty());
  }

  TEST_CASE("a bad line is reported with its place and skipped") {
    struct Case {
      std::string line;
      std::string message;
    };
    const Case cases[] = {
        {R"({"id": "a", })",
         "gold.jsonl:2:13: error: invalid JSON: syntax error while parsing object key - "
         "unexpected '}'; expected string literal"},
        {R"({"id": "a", "text": "Cut.")",
         "gold.jsonl:2:27: error: invalid JSON: syntax error while parsing object - unexpected "
         "end of input; expected '}'"},
        {R"(["id", "text"])", "gold.jsonl:2: error: the line is not a JSON object"},
        {R"({"text": "No id here."})",
         "gold.jsonl:2: error: abstract has no \"id\" (a string or a number)"},
        {R"({"id": ["a"], "text": "Odd id."})",
         "gold.jsonl:2: error: abstract has no \"id\" (a string or a number)"},
        {R"({"id": "a"})", "gold.jsonl:2: error: abstract has no \"text\" (a non-empty string)"},
        {R"({"id": "a", "text": "  "})",
         "gold.jsonl:2: error: abstract has no \"text\" (a non-empty string)"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      Result r = Parse(std::string(kGoodLine) + "\n" + c.line + "\n");
      CHECK_FALSE(r.ok);
      CHECK(r.messages == c.message + "\n");
      REQUIRE(r.docs.size() == 1);
      CHECK(r.docs[0].id == "aid-1");
    }
  }

  TEST_CASE("a bad component or relation is skipped and the abstract kept") {
    Result r = Parse(
        R"({"id": "a", "text": "Elites defect.", "components": [{"id": "T1", "text": "x"}, )"
        R"({"role": "claim", "text": "y"}, {"id": "T3", "role": 4, "text": "z"}, 5, )"
        R"({"id": "T5", "role": "claim", "text": "Elites defect"}], "relations": [{"source": )"
        R"("T1", "target": "T5"}, {"source": "T1", "type": "supports"}], "note": 1})"
        "\n"
        R"({"id": "b", "text": "Elites defect.", "components": {"id": "T1"}})");
    CHECK_FALSE(r.ok);
    CHECK(r.messages ==
          "gold.jsonl:1: error: component 1 has no \"role\" (a string)\n"
          "gold.jsonl:1: error: component 2 has no \"id\"\n"
          "gold.jsonl:1: error: component 3 has no \"role\" (a string)\n"
          "gold.jsonl:1: error: component 4 is not a JSON object\n"
          "gold.jsonl:1: error: relation 1 has no \"type\" (a string)\n"
          "gold.jsonl:1: error: relation 2 has no \"target\"\n"
          "gold.jsonl:2: error: \"components\" is not an array\n");
    REQUIRE(r.docs.size() == 2);
    REQUIRE(r.docs[0].components.size() == 1);
    CHECK(r.docs[0].components[0].id == "T5");
    CHECK(r.docs[0].relations.empty());
    CHECK(r.docs[1].components.empty());
  }

  TEST_CASE("a file without abstracts or with bad UTF-8 is an error") {
    Result empty = Parse("\n  \n");
    CHECK_FALSE(empty.ok);
    CHECK(empty.messages == "gold.jsonl: error: no abstracts found\n");
    Result bad = Parse("{\"id\": \"a\", \"text\": \"Bad \xFF byte.\"}\n");
    CHECK_FALSE(bad.ok);
    CHECK(bad.messages ==
          "gold.jsonl:1:26: error: invalid UTF-8 (byte 0xFF): for Latin-1 or Windows-1252 text, "
          "give --encoding windows-1252\n");
    CHECK(bad.docs.empty());
  }

  TEST_CASE("a byte order mark and CRLF line ends are accepted") {
    Result r = Parse(std::string("\xEF\xBB\xBF") + kGoodLine + "\r\n" + kGoodLine + "\r\n");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[1].line == 2);
    CHECK(r.docs[1].document.text == r.docs[0].document.text);
  }

  TEST_CASE("a missing file is reported") {
    std::vector<GoldDoc> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadGoldFile("no-such-dir/gold.jsonl", &docs, &diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].Header() ==
          "no-such-dir/gold.jsonl: error: cannot read file: No such file or directory");
  }
}

}  // namespace
}  // namespace argmap
