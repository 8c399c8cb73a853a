// Tests of the BibTeX reader (src/read/bibtex_reader.cc): entries as Zotero,
// Better BibTeX and JabRef write them, field mapping, macros, and the exact
// messages for bad entries and entries without an abstract.
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

ReadResult ReadBib(std::string_view content) { return ReadString(content, "refs.bib"); }

TEST_SUITE("bibtex_reader") {
  TEST_CASE("a Zotero entry fills every field") {
    ReadResult r = ReadBib(R"(
@article{roe_hedging_2019,
	title = {Hedging in {Southeast} {Asia}: {The} {Small}-{State} {Dilemma}},
	volume = {12},
	doi = {10.1000/hedge\_2019},
	journal = {Journal of {Alliance} Studies},
	author = {Roe, Jane and M{\"u}ller, J{\"o}rg and {Institute for Peace Research}},
	year = {2019},
	pages = {1--20},
	abstract = {Small states hedge. We argue that {\textendash} contrary to ``realist'' claims {\textendash} hedging is rational because alignment is costly.},
}
)");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "roe_hedging_2019");
    CHECK(d.title == "Hedging in Southeast Asia: The Small-State Dilemma");
    CHECK(d.authors ==
          std::vector<std::string>{"Jane Roe", "Jörg Müller", "Institute for Peace Research"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.1000/hedge_2019");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text ==
          "Small states hedge. We argue that – contrary to “realist” claims – hedging is "
          "rational because alignment is costly.");
    CHECK(d.source == "refs.bib");
    CHECK(d.record == 1);
    CHECK(d.line == 2);
  }

  TEST_CASE("quoted, numeric, macro and concatenated values are read") {
    ReadResult r = ReadBib(R"(% Encoding: UTF-8

@String{jpr = "Journal of Peace Research"}
@STRING(pre = {Part })

@Article{Smith2020,
  Author   = "Smith, Anna and Doe, John and others",
  Title    = "Mediation {"}works{"}",
  Journal  = jpr,
  Year     = 2020,
  Month    = may,
  Abstract = pre # "one: " # {mediation {\em builds} trust.},
}

@Comment{jabref-meta: databaseType:bibtex;}
@preamble{ "\newcommand{\noop}[1]{}" }
)");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "Smith2020");
    CHECK(d.authors == std::vector<std::string>{"Anna Smith", "John Doe"});
    CHECK(d.title == "Mediation \"works\"");
    CHECK(d.venue == "Journal of Peace Research");
    CHECK(d.year == "2020");
    CHECK(d.text == "Part one: mediation builds trust.");
    CHECK(d.line == 6);
  }

  TEST_CASE("BibLaTeX fields: date, journaltitle and booktitle") {
    ReadResult r = ReadBib(R"(@article{a, date = {2021-03-04}, journaltitle = {Orbis},
  abstract = {One.}}
@incollection{b, booktitle = {{Handbook} of {Mediation}}, date = {2018}, abstract = {Two.}}
@inproceedings{c, year = {n.d.}, abstract = {Three.}}
)");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"a", "b", "c"});
    CHECK(r.docs[0].year == "2021");
    CHECK(r.docs[0].venue == "Orbis");
    CHECK(r.docs[1].year == "2018");
    CHECK(r.docs[1].venue == "Handbook of Mediation");
    CHECK(r.docs[2].year == "");
    CHECK(r.docs[2].line == 4);
  }

  TEST_CASE("entries in parentheses, without a key or fields, and repeated fields") {
    ReadResult r = ReadBib(
        "@misc(k1, abstract = {First.}, abstract = {Ignored.})\n"
        "@misc{, doi = {https://doi.org/10.5/x}, abstract = {Second.}}\n"
        "@misc{, abstract = {Third.}}\n"
        "@misc{k4}\n");
    CHECK(DocIds(r) == std::vector<std::string>{"k1", "10.5/x", "refs#3"});
    CHECK(DocTexts(r) == std::vector<std::string>{"First.", "Second.", "Third."});
    CHECK(r.messages == "refs.bib:4: warning: entry 'k4' has no abstract; skipped\n");
    CHECK(r.ok);
  }

  TEST_CASE("an entry without an abstract is skipped with a warning") {
    ReadResult r = ReadBib(
        "@book{nobody,\n  title = {No Abstract Here}\n}\n\n"
        "@article{kept, abstract = {Kept.}}\n"
        "@article{blank, abstract = { {} }}\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"kept"});
    CHECK(r.messages ==
          "refs.bib:1: warning: entry 'nobody' has no abstract; skipped\n"
          "refs.bib:6: warning: entry 'blank' has no abstract; skipped\n");
  }

  TEST_CASE("keys as Web of Science writes them, with a space, colons and tabs, are read") {
    ReadResult r = ReadBib(
        "@article{ WOS:000318742400083,\n\tAuthor = {Roe, Jane},\n\tAbstract = {We argue.},\n}\n"
        "  @Article{\tdoi:10.1000/x ,\n abstract = {Second.}}\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    CHECK(DocIds(r) == std::vector<std::string>{"WOS:000318742400083", "doi:10.1000/x"});
  }

  TEST_CASE("after an entry with an unbalanced brace the reader resynchronises at the next") {
    ReadResult r = ReadBib(
        "@article{good1, abstract = {First.}}\n\n"
        "@article{bad,\n  title = {Unbalanced {brace},\n  abstract = {Lost.}\n}\n\n"
        "@article{good2,\n  abstract = {Second.}\n}\n");
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"good1", "good2"});
    CHECK(r.messages ==
          "refs.bib:4:11: error: the value of field 'title' in entry 'bad' runs on over the "
          "fields after it to line 8: is a '{' in it unbalanced?\n"
          "  title = {Unbalanced {brace},\n"
          "          ^\n");
  }

  TEST_CASE("a file where no entry has an abstract gives one error, not a warning each") {
    ReadResult r = ReadBib("@book{a, title = {T}}\n");
    CHECK_FALSE(r.ok);
    CHECK(r.messages == "refs.bib: error: 1 record, without an abstract\n");
    ReadResult three = ReadBib("@book{a, title = {T}}\n@book{b,}\n@misc{c, note = {x}}\n");
    CHECK_FALSE(three.ok);
    CHECK(three.messages == "refs.bib: error: 3 records, none with an abstract\n");
    // Other messages stay, in their place.
    ReadResult bad = ReadBib("@book{a, title = {T}}\n@article{b, title = {unclosed}\n");
    CHECK_FALSE(bad.ok);
    CHECK(bad.messages.ends_with("refs.bib: error: 1 record, without an abstract\n"));
    CHECK(bad.messages.find("has no abstract; skipped") == std::string::npos);
  }

  TEST_CASE("a bad entry is reported at its place and the next ones are read") {
    struct Case {
      std::string content;
      std::string messages;
    };
    const Case cases[] = {
        {"@article{a,\n  title {T},\n  abstract = {A.}\n}\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:2:9: error: expected '=' after field 'title' in entry 'a'\n"
         "  title {T},\n"
         "        ^\n"},
        {"@article{a,\n  abstract = {Open {brace}\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:2:14: error: unterminated value of field 'abstract' in entry 'a'\n"
         "  abstract = {Open {brace}\n"
         "             ^\n"},
        {"@article{a, abstract = {A.} title = {T}}\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:29: error: expected ',' or '}' after field 'abstract' in entry 'a'\n"
         "@article{a, abstract = {A.} title = {T}}\n"
         "                            ^\n"},
        {"@article{a, = {A.}}\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:13: error: expected a field name in entry 'a'\n"
         "@article{a, = {A.}}\n"
         "            ^\n"},
        {"@article{a, abstract = }\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:24: error: expected a value for field 'abstract' in entry 'a'\n"
         "@article{a, abstract = }\n"
         "                       ^\n"},
        {"@article{a b, abstract = {A.}}\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:12: error: expected ',' after the key of entry 'a'\n"
         "@article{a b, abstract = {A.}}\n"
         "           ^\n"},
        {"@string{x = }\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:13: error: expected a value for field 'x' in @string\n"
         "@string{x = }\n"
         "            ^\n"},
        // An extra '}' closes the entry early: the fields after it are not lost as comment.
        {"@article{a,\n title = {Extra close}},\n abstract = {We argue.},\n}\n"
         "@article{ok, abstract = {Fine.}}\n",
         "refs.bib:3:2: error: field 'abstract' after the end of entry 'a', which the '}' on line "
         "2 "
         "closed: is that '}' one too many?\n"
         " abstract = {We argue.},\n"
         " ^\n"},
        {"@article(a, title = {T}), Note = \"N\")\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:27: error: field 'note' after the end of entry 'a', which the ')' on line 1 "
         "closed: is that ')' one too many?\n"
         "@article(a, title = {T}), Note = \"N\")\n"
         "                          ^\n"},
        // An entry that lost its close: named at its own line, the next entry still read.
        {"@article{a,\n  title = {T},\n  abstract = {A.}\n\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:1: error: entry 'a' is not closed by '}' before the next entry, on line 5\n"
         "@article{a,\n"
         "^\n"},
        {"@comment{never closed\n@article{ok, abstract = {Fine.}}\n",
         "refs.bib:1:1: error: '@comment' is not closed\n"
         "@comment{never closed\n"
         "^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      ReadResult r = ReadBib(c.content);
      CHECK_FALSE(r.ok);
      CHECK(DocIds(r) == std::vector<std::string>{"ok"});
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("an entry the file ends inside is named at its own line") {
    ReadResult r = ReadBib("@article{ok, abstract = {Fine.}}\n@article{a,\n  title = {T},\n");
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"ok"});
    CHECK(r.messages ==
          "refs.bib:2:1: error: entry 'a' is not closed by '}' by the end of the file\n"
          "@article{a,\n"
          "^\n");
  }

  TEST_CASE("an unknown macro is a warning and reads as empty") {
    ReadResult r = ReadBib("@article{a, journal = jcr, abstract = {A.}}\n");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].venue == "");
    CHECK(r.messages ==
          "refs.bib:1:23: warning: unknown @string macro 'jcr' in entry 'a'; read as empty\n"
          "@article{a, journal = jcr, abstract = {A.}}\n"
          "                      ^\n");
  }

  TEST_CASE("text between entries is a comment, even with an at sign") {
    ReadResult r = ReadBib(
        "Exported for jane@example.org by hand.\n"
        "  @article{a, abstract = {A.}}\n"
        "% @article{hidden, abstract = {No.}}\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"a"});
    CHECK(r.docs[0].line == 2);
  }

  TEST_CASE("a CRLF file reads like its LF twin") {
    ReadResult crlf = ReadBib("@article{a,\r\n  abstract = {One\r\n  line.}\r\n}\r\n");
    CHECK(DocTexts(crlf) == std::vector<std::string>{"One line."});
  }
}

}  // namespace
}  // namespace argmap
