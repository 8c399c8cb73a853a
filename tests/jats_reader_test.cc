// Tests of the JATS reader (src/read/jats_reader.cc): the article's fields, the
// choice of abstract, sections, article sets, and the exact messages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_result.h"

namespace argmap {
namespace {

using testing::DocIds;
using testing::DocTexts;
using testing::ReadResult;
using testing::ReadString;

ReadResult ReadJats(std::string_view content) { return ReadString(content, "a.xml"); }

std::string Article(std::string_view meta) {
  return "<article><front><article-meta>" + std::string(meta) + "</article-meta></front></article>";
}

TEST_SUITE("jats_reader") {
  TEST_CASE("an article fills every field") {
    ReadResult r = ReadJats(
        "<?xml version=\"1.0\"?>\n<article xmlns:mml=\"http://www.w3.org/1998/Math/MathML\">\n"
        "<front><journal-meta><journal-title-group><journal-title>Politics Review"
        "</journal-title></journal-title-group></journal-meta>\n<article-meta>"
        "<article-id pub-id-type=\"pmid\">5</article-id>"
        "<article-id pub-id-type=\"doi\">10.1000/j</article-id>"
        "<title-group><article-title>Why <italic>Coalitions</italic> Break</article-title>"
        "</title-group><contrib-group>"
        "<contrib contrib-type=\"author\"><name><surname>Haddad</surname>"
        "<given-names>Rana</given-names></name></contrib>"
        "<contrib contrib-type=\"author\"><collab>Cabinet Project</collab></contrib>"
        "<contrib contrib-type=\"editor\"><name><surname>Ed</surname></name></contrib>"
        "</contrib-group><pub-date><year>2022</year></pub-date>"
        "<abstract><p>Cabinets end early.</p><p>We find why.</p></abstract>"
        "<kwd-group><kwd>coalitions</kwd><kwd>cabinets</kwd></kwd-group>"
        "</article-meta></front><body><p>Not this.</p></body></article>\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "10.1000/j");
    CHECK(d.title == "Why Coalitions Break");
    CHECK(d.authors == std::vector<std::string>{"Rana Haddad", "Cabinet Project"});
    CHECK(d.year == "2022");
    CHECK(d.venue == "Politics Review");
    CHECK(d.keywords == std::vector<std::string>{"coalitions", "cabinets"});
    CHECK(d.text == "Cabinets end early. We find why.");
    CHECK(d.line == 2);
  }

  TEST_CASE("sections are headed by their titles, and side abstracts are passed over") {
    ReadResult r = ReadJats(
        Article("<abstract abstract-type=\"graphical\"><p>A picture.</p></abstract>"
                "<abstract><p>Lead.</p><sec><title>Methods</title><p>We count.</p></sec>"
                "<sec><title>Results</title><p>It rose.</p><p>It fell.</p></sec></abstract>"));
    CHECK(DocTexts(r) ==
          std::vector<std::string>{"Lead.\nMethods: We count.\nResults: It rose. It fell."});
    ReadResult typed =
        ReadJats(Article("<abstract abstract-type=\"teaser\"><p>Short.</p></abstract>"
                         "<abstract abstract-type=\"structured\"><p>Long.</p></abstract>"));
    CHECK(DocTexts(typed) == std::vector<std::string>{"Long."});
  }

  TEST_CASE("every article of a set is read, and one without an abstract is skipped") {
    ReadResult r =
        ReadJats("<pmc-articleset>\n" + Article("<abstract><p>One.</p></abstract>") + "\n" +
                 Article("<article-id pub-id-type=\"doi\">10.1/b</article-id>") + "\n" +
                 Article("<abstract><p>Three.</p></abstract>") + "\n</pmc-articleset>\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"a#1", "a#3"});
    CHECK(r.messages == "a.xml:3: warning: record 2 ('10.1/b') has no abstract; skipped\n");
  }

  TEST_CASE("an unknown root element is named with the formats that are read") {
    ReadResult r = ReadJats("<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n");
    CHECK_FALSE(r.ok);
    CHECK(r.messages ==
          "a.xml:2: error: XML with the root element <rss> is none of the formats argmap reads: "
          "PubMed XML (<PubmedArticleSet>), JATS (<article>), GROBID TEI (<TEI>) and EndNote XML "
          "(<xml>)\n");
  }
}

}  // namespace
}  // namespace argmap
