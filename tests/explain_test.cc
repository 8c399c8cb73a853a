#include <doctest/doctest.h>

#include <string>

#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Explain(const Sample& s) { return ExportExplain({s.graph, s.documents, {}}); }

TEST_SUITE("explain") {
  TEST_CASE("a tiny graph is explained node by node and edge by edge") {
    CHECK(Explain(testing::TinyGraph()) == R"(== d1: Aid
d1/n1 premise [rule p/x] sentence 1, chars 0-11
  "“Aid” works"
d1/n2 claim [rule c/y] sentence 1, chars 14-25
  "it may help"
  hedged: may
  cue: —
d1/e1 d1/n1 --supports--> d1/n2 [rule default/premise]
)");
  }

  TEST_CASE("documents come in input order, untitled and empty ones included") {
    CHECK(Explain(testing::SampleGraph()) == R"(== smith2021: Coalitions and “compromise”
smith2021/n1 claim [rule claim/argue] sentence 1, chars 14-48
  "coalition governments delay reform"
  cue: argue
smith2021/n2 premise [rule premise/because] sentence 1, chars 57-78
  "veto players multiply"
  cue: because
smith2021/n3 group [rule group/count] sentence 2, chars 92-103
  "two options"
smith2021/n4 option [rule option/or] sentence 2, chars 105-123
  "“grand coalitions”"
  cue: or
smith2021/n5 option [rule option/or] sentence 2, chars 127-167
  "minority cabinets — a "hard\soft" choice"
  cue: or
smith2021/e1 smith2021/n2 --supports--> smith2021/n1 [rule default/premise]
smith2021/e2 smith2021/n4 --part_of--> smith2021/n3 [rule default/member]
smith2021/e3 smith2021/n5 --part_of--> smith2021/n3 [rule default/member]
smith2021/e4 smith2021/n4 --alternative--> smith2021/n5 [rule option/or]

== lee2019
lee2019/n1 purpose [rule purpose/study] sentence 1, chars 11-46
  "examines turnout in local elections"
lee2019/n2 method [rule method/using] sentence 2, chars 54-64
  "panel data"
  cue: Using
lee2019/n3 conclusion [rule conclusion/find] sentence 2, chars 79-106
  "scandals may reduce turnout"
  hedged: may
  cue: we find that
lee2019/n4 premise [rule premise/although] sentence 2, chars 117-143
  "earlier work disputes this"
  cue: although
lee2019/e1 lee2019/n2 --supports--> lee2019/n3 [rule default/method]
lee2019/e2 lee2019/n4 --attacks--> lee2019/n3 [rule premise/although]

== empty2020: A paper without an argument
  (no argument found)
)");
  }

  TEST_CASE("line breaks in a text and an empty rule keep one line per field") {
    Sample s = testing::TinyGraph();
    s.graph.node(0).text = "two\nlines\tand a tab";
    s.graph.node(0).rule = "";
    std::string out = Explain(s);
    CHECK(out.substr(0, out.find("d1/n2")) == R"(== d1: Aid
d1/n1 premise [rule -] sentence 1, chars 0-11
  "two lines and a tab"
)");
  }

  TEST_CASE("two exports of the same graph are byte-identical") {
    Sample s = testing::SampleGraph();
    CHECK(Explain(s) == Explain(s));
    CHECK(Explain(s) == Explain(testing::SampleGraph()));
  }

  TEST_CASE("an empty graph explains nothing") { CHECK(Explain(Sample{}) == ""); }
}

}  // namespace
}  // namespace argmap
