// Tests of the CSV and tab-separated reader (src/read/csv_reader.cc): the
// exports' header names, quoted fields over several lines, delimiters, rows
// that do not fit the header, and the exact messages.
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

ReadResult ReadCsv(std::string_view content, const std::string& path = "export.csv") {
  return ReadString(content, path);
}

TEST_SUITE("csv_reader") {
  TEST_CASE("a Scopus row fills every field") {
    ReadResult r = ReadCsv(
        "\xEF\xBB\xBF\"Authors\",\"Author full names\",\"Title\",\"Year\",\"Source title\","
        "\"DOI\",\"Abstract\",\"Author Keywords\",\"EID\"\n"
        "\"Okafor C.; Lee M.\",\"Okafor, Chidi (57190000001); Lee, Min-ji (57190000002)\","
        "\"Mediation and war\",\"2020\",\"Journal of Made-up Studies\","
        "\"10.5555/argmap.csv.1\",\"We argue that mediation shortens wars, and \"\"quick\"\" "
        "ones most. \xC2\xA9 2020 A Publisher.\",\"mediation; civil war\",\"2-s2.0-1\"\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "2-s2.0-1");
    CHECK(d.title == "Mediation and war");
    CHECK(d.authors == std::vector<std::string>{"Chidi Okafor", "Min-ji Lee"});
    CHECK(d.year == "2020");
    CHECK(d.doi == "10.5555/argmap.csv.1");
    CHECK(d.venue == "Journal of Made-up Studies");
    CHECK(d.keywords == std::vector<std::string>{"mediation", "civil war"});
    CHECK(d.text == "We argue that mediation shortens wars, and \"quick\" ones most.");
    CHECK(d.line == 2);
    CHECK(d.record == 1);
  }

  TEST_CASE("the exports' own column names are read") {
    struct Case {
      std::string name;
      std::string content;
      std::string title;
      std::vector<std::string> authors;
    };
    const Case cases[] = {
        {"Web of Science, tab-delimited",
         "PT\tAU\tAF\tTI\tSO\tDE\tAB\tPY\tDI\tUT\n"
         "J\tRoe, J; Doe, K\tRoe, Jane; Doe, Kim\tA title\tA JOURNAL\t\tText.\t2019\t\tWOS:9\t\n",
         "A title",
         {"Jane Roe", "Kim Doe"}},
        {"Zotero",
         "\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\",\"Abstract Note\"\n"
         "\"AB12\",\"journalArticle\",\"2019\",\"Roe, Jane; Doe, Kim\",\"A title\",\"Text.\"\n",
         "A title",
         {"Jane Roe", "Kim Doe"}},
        {"Lens",
         "Lens ID,Title,Publication Year,Author/s,Abstract\n"
         "001-002,A title,2019,Jane Roe; Kim Doe,Text.\n",
         "A title",
         {"Jane Roe", "Kim Doe"}},
        {"Scopus, older author list",
         "Authors,Title,Year,Abstract\n"
         "\"Roe J., Doe K.\",A title,2019,Text.\n",
         "A title",
         {"Roe J.", "Doe K."}},
        {"semicolons",
         "Title;Authors;Year;Abstract\nA title;Jane Roe;2019;Text.\n",
         "A title",
         {"Jane Roe"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      ReadResult r = ReadCsv(c.content, "savedrecs.txt");
      CHECK(r.ok);
      CHECK(r.messages == "");
      REQUIRE(r.docs.size() == 1);
      CHECK(r.docs[0].text == "Text.");
      CHECK(r.docs[0].title == c.title);
      CHECK(r.docs[0].authors == c.authors);
      CHECK(r.docs[0].year == "2019");
    }
  }

  TEST_CASE("a quoted abstract over several lines is unwrapped and keeps its record's first line") {
    ReadResult r = ReadCsv(
        "Title,Abstract\r\n"
        "One,\"First line,\r\nsecond line.\"\r\n"
        "\r\n"
        "Two,Other.\r\n",
        "x.csv");
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"First line, second line.", "Other."});
    CHECK(r.docs[0].line == 2);
    CHECK(r.docs[1].line == 5);
    CHECK(r.docs[1].record == 2);
    CHECK(DocIds(r) == std::vector<std::string>{"x#1", "x#2"});
  }

  TEST_CASE("rows without an abstract are warnings, and Scopus's mark is no abstract") {
    ReadResult r = ReadCsv(
        "Title,Year,Abstract\n"
        "One,2019,[No abstract available]\n"
        "Two,2019,\n"
        "Three,2019,Kept.\n");
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"Kept."});
    CHECK(r.messages ==
          "export.csv:2: warning: record 1 has no abstract; skipped\n"
          "export.csv:3: warning: record 2 has no abstract; skipped\n");
  }

  TEST_CASE("bad rows are errors naming their line, and the other rows are kept") {
    struct Case {
      std::string content;
      std::vector<std::string> texts;
      std::string messages;
    };
    const Case cases[] = {
        {"Title,Year,Abstract\nOne,2019\nTwo,2019,Kept.\n",
         {"Kept."},
         "export.csv:2: error: record 1 has 2 fields where the header has 3; skipped (a quote or "
         "delimiter out of place?)\n"},
        {"Title,Year,Abstract\nOne,2019,Text,, \nTwo,2019,Kept.,extra\n",
         {"Text"},
         "export.csv:3: error: record 2 has 4 fields where the header has 3; skipped (a quote or "
         "delimiter out of place?)\n"},
        {"Title,Year,Abstract\nOne,2019,Kept.\nTwo,2019,\"Never\nclosed.\n",
         {"Kept."},
         "export.csv:3: error: a quoted field opened in the row of this line is not closed by the "
         "end of the file: that row and the lines after it are not read\n"},
        {"Title,Year,Summary\nOne,2019,Text.\n",
         {},
         "export.csv:1: error: the header names no abstract column (one of 'Abstract', 'AB', "
         "'Abstract Note')\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      ReadResult r = ReadCsv(c.content);
      CHECK_FALSE(r.ok);
      CHECK(DocTexts(r) == c.texts);
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("an empty file or a header alone gives no record and no error") {
    for (std::string content : {"", "\n\n", "Title,Abstract\n"}) {
      CAPTURE(content);
      ReadResult r = ReadCsv(content);
      CHECK(r.docs.empty());
    }
  }
}

}  // namespace
}  // namespace argmap
