#include <doctest/doctest.h>

#include <string>

#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Mermaid(const Sample& s) { return ExportMermaid({s.graph, s.documents, {}}); }

// The node line of a one-claim graph whose text is `text`.
std::string NodeLineOf(const std::string& text) {
  Sample s;
  s.documents = {testing::SampleDocument("d", "T", text)};
  testing::AddSampleNode(s.documents[0], 1, {NodeType::kClaim, text, 0, "r", "", ""}, &s.graph);
  std::string out = Mermaid(s);
  size_t begin = out.find("    n1(");
  return out.substr(begin + 4, out.find('\n', begin) - begin - 4);
}

TEST_SUITE("mermaid") {
  TEST_CASE("a tiny graph gives exactly the documented flowchart") {
    CHECK(Mermaid(testing::TinyGraph()) == R"(flowchart BT
  subgraph d1["Aid"]
    n1["PREMISE<br/>“Aid” works"]
    n2("CLAIM (hedged: may)<br/>it may help")
    n1 -->|supports| n2
  end
  classDef claim fill:#dae8fc,stroke:#555555
  class n2 claim
  classDef premise fill:#d5e8d4,stroke:#555555
  class n1 premise
  linkStyle 0 stroke:#2e7d32
)");
  }

  TEST_CASE("every kind has its shape, every edge kind its arrow, an empty paper a placeholder") {
    CHECK(Mermaid(testing::SampleGraph()) == R"(flowchart BT
  subgraph d1["Coalitions and “compromise”"]
    n1("CLAIM<br/>coalition governments delay reform")
    n2["PREMISE<br/>veto players multiply"]
    n3[("GROUP<br/>two options")]
    n4[/"OPTION<br/>“grand coalitions”"/]
    n5[/"OPTION<br/>minority cabinets — a #quot;hard\soft#quot; choice"/]
    n2 -->|supports| n1
    n4 -.->|part of| n3
    n5 -.->|part of| n3
    n4 ---|alternative| n5
  end
  subgraph d2["lee2019"]
    n6{{"PURPOSE<br/>examines turnout in local elections"}}
    n7[["METHOD<br/>panel data"]]
    n8(["CONCLUSION (hedged: may)<br/>scandals may reduce turnout"])
    n9["PREMISE<br/>earlier work disputes this"]
    n7 -->|supports| n8
    n9 --x|attacks| n8
  end
  subgraph d3["A paper without an argument"]
    d3_empty["no argument found"]
  end
  classDef claim fill:#dae8fc,stroke:#555555
  class n1 claim
  classDef premise fill:#d5e8d4,stroke:#555555
  class n2,n9 premise
  classDef conclusion fill:#ffe6cc,stroke:#555555
  class n8 conclusion
  classDef purpose fill:#fff2cc,stroke:#555555
  class n6 purpose
  classDef method fill:#e1d5e7,stroke:#555555
  class n7 method
  classDef option fill:#fce4ec,stroke:#555555
  class n4,n5 option
  classDef group fill:#eeeeee,stroke:#555555
  class n3 group
  linkStyle 0,4 stroke:#2e7d32
  linkStyle 5 stroke:#c62828
  linkStyle 1,2 stroke:#808080
  linkStyle 3 stroke:#555555
)");
  }

  TEST_CASE("label text is one line and cannot end the label") {
    struct Case {
      std::string text;
      std::string line;
    };
    const Case cases[] = {
        {"say \"no\"", "n1(\"CLAIM<br/>say #quot;no#quot;\")"},
        {"a <b> & #1;", "n1(\"CLAIM<br/>a #lt;b#gt; #amp; #35;1;\")"},
        {"two\nlines\t and  spaces", "n1(\"CLAIM<br/>two lines and spaces\")"},
        {"bad \xFF byte", "n1(\"CLAIM<br/>bad \xEF\xBF\xBD byte\")"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(NodeLineOf(c.text) == c.line);
    }
  }

  TEST_CASE("two exports of the same graph are byte-identical") {
    CHECK(Mermaid(testing::SampleGraph()) == Mermaid(testing::SampleGraph()));
  }
}

}  // namespace
}  // namespace argmap
