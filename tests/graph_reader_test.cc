#include "read/graph_reader.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("graph_reader") {
  TEST_CASE("format names parse back, with auto first") {
    CHECK(GraphFormatNames() == std::vector<std::string>{"auto", "argmap", "aif", "argdown"});
    for (const std::string& name : GraphFormatNames()) {
      GraphFormat f = GraphFormat::kAuto;
      CHECK(ParseGraphFormat(name, &f));
      CHECK(GraphFormatName(f) == name);
    }
    GraphFormat f = GraphFormat::kAuto;
    CHECK_FALSE(ParseGraphFormat("AIF", &f));
  }

  TEST_CASE("a map that is not text is one error, as abstracts are, in every format") {
    struct Case {
      std::string path;
      std::string content;
      std::string message;
    };
    const std::vector<Case> cases = {
        {"map.json",
         "{\"format\": \"argmap\", \"documents\": [{\"id\": \"p\", \"title\": \"a "
         "\xED\xA0\x80\"}]}\n",
         "map.json:1:60: error: invalid UTF-8 (byte 0xED)\n"
         "{\"format\": \"argmap\", \"documents\": [{\"id\": \"p\", \"title\": \"a ???\"}]}\n"
         "                                                           ^\n"},
        {"aif.json", "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"a \xC0\xAF\"}], \"edges\": []}",
         "aif.json:1:39: error: invalid UTF-8 (byte 0xC0)\n"
         "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"a ??\"}], \"edges\": []}\n"
         "                                      ^\n"},
        {"map.argdown", "===\ntitle: t\n===\n\n[A]: claim \xED\xA0\x80 here.\n",
         "map.argdown:5:12: error: invalid UTF-8 (byte 0xED)\n[A]: claim ??? here.\n           "
         "^\n"},
        {"map.argdown", std::string("[A]: a\0b\n", 9),
         "map.argdown:1:7: error: NUL byte (binary data, or UTF-16 text without a byte order "
         "mark?)\n[A]: a?b\n      ^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      ArgumentGraph graph;
      std::vector<Document> docs;
      std::vector<Diagnostic> diags;
      CHECK_FALSE(ReadGraph(c.path, c.content, GraphFormat::kAuto, &graph, &docs, &diags));
      CHECK(FormatAll(diags) == c.message);
      CHECK(docs.empty());
      CHECK(graph.node_count() == 0);
      // Read from a stream, the same bytes give the same one message.
      std::istringstream in(c.content);
      std::vector<Diagnostic> read_diags;
      CHECK_FALSE(ReadGraphFile("-", &in, GraphFormat::kAuto, &graph, &docs, &read_diags));
      CHECK(FormatAll(read_diags) == std::string(c.message).replace(0, c.path.size(), "-"));
    }
  }

  TEST_CASE("a file that cannot be read is one error") {
    ArgumentGraph graph;
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(
        ReadGraphFile("no/such/file.json", nullptr, GraphFormat::kAuto, &graph, &docs, &diags));
    CHECK(FormatAll(diags) ==
          "no/such/file.json: error: cannot read file: No such file or directory\n");
  }
}

}  // namespace
}  // namespace argmap
