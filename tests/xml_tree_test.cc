// Tests of src/read/xml_tree: parsing with libxml2, the root name detection
// reads, and the queries the XML readers ask.
#include "read/xml_tree.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap::read_internal {
namespace {

TEST_SUITE("xml_tree") {
  TEST_CASE("Text folds white space, keeps inline markup inside words and parts blocks") {
    XmlTree tree;
    XmlError error;
    REQUIRE(
        tree.Parse("<r>\n  <t>H<sub>2</sub>O and <i>E. coli</i>\n  &amp; more</t>"
                   "<t><p>One.</p><p>Two.</p><s>Three.</s><![CDATA[<raw>]]></t>"
                   "<t a=\"x &lt; y\" b=''/></r>",
                   &error));
    const xmlNode* root = tree.root();
    CHECK(LocalName(root) == "r");
    std::vector<const xmlNode*> t = Children(root, "t");
    REQUIRE(t.size() == 3);
    CHECK(Text(t[0]) == "H2O and E. coli & more");
    CHECK(Text(t[1]) == "One. Two. Three. <raw>");
    CHECK(Attribute(t[2], "a") == "x < y");
    CHECK(Attribute(t[2], "b") == "");
    CHECK(Attribute(t[2], "c") == "");
    CHECK(Text(nullptr) == "");
    CHECK(Child(root, "none") == nullptr);
    CHECK(Descend(root, {"t"}) == t[0]);
    CHECK(Descend(root, {"t", "p"}) == nullptr);  // the first <t> has no <p>
    CHECK(Descend(root, {"none", "p"}) == nullptr);
    CHECK(LineOf(t[0]) == 2);
  }

  TEST_CASE("Text leaves out citation markers, and brackets that held only citations") {
    XmlTree tree;
    XmlError error;
    REQUIRE(tree.Parse(
        "<r><t>Exporters lobby for it<xref ref-type=\"bibr\" rid=\"b1\">1</xref>.</t>"
        "<t>Trade calms rivals [<xref ref-type=\"bibr\">2</xref>, <xref ref-type=\"bibr\">3"
        "</xref>] and (<ref type=\"bibr\">Doe 2001</ref>) too.</t>"
        "<t>See <xref ref-type=\"fig\">Figure 1</xref> and [a note].</t></r>",
        &error));
    std::vector<const xmlNode*> t = Children(tree.root(), "t");
    REQUIRE(t.size() == 3);
    CHECK(Text(t[0]) == "Exporters lobby for it.");
    CHECK(Text(t[1]) == "Trade calms rivals and too.");
    CHECK(Text(t[2]) == "See Figure 1 and [a note].");
  }

  TEST_CASE("elements match by local name, whatever their namespace") {
    XmlTree tree;
    XmlError error;
    REQUIRE(
        tree.Parse("<a:root xmlns:a=\"urn:a\" xmlns=\"urn:b\"><item/><a:item/></a:root>", &error));
    CHECK(LocalName(tree.root()) == "root");
    CHECK(Children(tree.root(), "item").size() == 2);
  }

  TEST_CASE("a document that is not well-formed gives the first error and its place") {
    struct Case {
      const char* content;
      int line;
      int column;
      const char* message;
    };
    const Case cases[] = {
        {"<a>\n<b></a>", 2, 8, "Opening and ending tag mismatch: b line 2 and a"},
        {"<a>", 1, 4, "Premature end of data in tag a line 1"},
        {"", 1, 1, "Document is empty"},
        {"<a>&nope;</a>", 1, 10, "Entity 'nope' not defined"},
        {"<a/><b/>", 1, 5, "Extra content at the end of the document"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      XmlTree tree;
      XmlError error;
      CHECK_FALSE(tree.Parse(c.content, &error));
      CHECK(tree.root() == nullptr);
      CHECK(error.line == c.line);
      CHECK(error.column == c.column);
      CHECK(error.message == c.message);
    }
  }

  TEST_CASE("the content is UTF-8 whatever its declaration says, and may pass 10 MB") {
    XmlTree tree;
    XmlError error;
    REQUIRE(
        tree.Parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>caf\xC3\xA9</r>", &error));
    CHECK(Text(tree.root()) == "caf\xC3\xA9");
    // libxml2 2.9 stopped such a file at 10 MB when told its encoding.
    std::string big = "<r>\n";
    for (int i = 0; big.size() < 11'000'000; ++i)
      big += "  <t>text " + std::to_string(i) + "</t>\n";
    big += "</r>\n";
    REQUIRE(tree.Parse(big, &error));
    std::vector<const xmlNode*> t = Children(tree.root(), "t");
    CHECK(Text(t.back()).starts_with("text "));
    // Past line 65535 too, an element's line is that of its start tag.
    CHECK(LineOf(t[70000]) == 70002);
    CHECK(LineOf(t.back()) == static_cast<int>(t.size()) + 1);
  }

  TEST_CASE("a fragment is parsed between the file's opening and end, counting its lines") {
    // A chunk from line 6 of a file whose root opens on line 2.
    XmlTree tree;
    XmlError error;
    XmlFragment fragment{"<?xml version=\"1.0\"?>\n<set>", "</set>", 5};
    REQUIRE(tree.Parse("<a>one</a>\n<a>two</a>\n", &error, fragment));
    std::vector<const xmlNode*> a = Children(tree.root(), "a");
    REQUIRE(a.size() == 2);
    CHECK(LineOf(a[0]) == 6);
    CHECK(LineOf(a[1]) == 7);
    CHECK_FALSE(tree.Parse("<a>one</a>\n<a>two</b>\n", &error, fragment));
    CHECK(error.line == 7);
    CHECK(error.message == "Opening and ending tag mismatch: a line 7 and b");
    fragment.close = "";  // the last chunk, cut short: the root's own line is named
    CHECK_FALSE(tree.Parse("<a>one</a>\n", &error, fragment));
    CHECK(error.message == "Premature end of data in tag set line 2");
  }

  TEST_CASE("the root name is found past a prolog, and before a later error") {
    CHECK(XmlRootName("<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE x [<!ENTITY e \"v\">]>"
                      "\n<x:TEI xmlns:x=\"urn:t\">") == "TEI");
    CHECK(XmlRootName("<article><front></back>") == "article");
    CHECK(XmlRootName(std::string(10000, ' ') + "<late/>") == "late");
    CHECK(XmlRootName("plain text") == "");
    CHECK(XmlRootName("") == "");
    CHECK(XmlFormatOf("PubmedArticleSet") == InputFormat::kPubmedXml);
    CHECK(XmlFormatOf("pmc-articleset") == InputFormat::kJats);
    CHECK(XmlFormatOf("teiCorpus") == InputFormat::kTei);
    CHECK(XmlFormatOf("rss") == InputFormat::kXml);
  }
}

}  // namespace
}  // namespace argmap::read_internal
