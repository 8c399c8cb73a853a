// The bad-input table (docs/reliability.md shows it to users): each row runs
// the real argmap binary on one bad input and checks the exact standard error,
// the exit status, and how many abstracts were still mapped. argmap must never
// crash on any of them, and must say what is wrong and where.
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

using testing::ArgmapRun;
using testing::RunDir;
using testing::Sh;

const std::string kNone = "argmap: error: no abstracts to map\n";
const std::string kGood = "We argue that quotas raise turnout because parties compete.\n";

struct Row {
  std::string what;     // the bad input, as docs/reliability.md names it
  std::string file;     // written into the run directory ("" writes nothing)
  std::string content;  // of `file`
  std::string args;     // after "argmap "
  std::string err;      // exact standard error
  int status;
  int documents;  // abstracts in the JSON graph on standard output; -1: standard output is empty
};

// A rule file given with --add-rules to extract: nothing is mapped, exit 1.
Row RuleRow(std::string what, std::string body, std::string err) {
  return {what, "bad.rules", body, "extract --add-rules bad.rules good.txt", err, 1, -1};
}

// `text` (ASCII) as UTF-16 with its byte order mark.
std::string Utf16(const std::string& text, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char c : text) {
    out += big_endian ? std::string{'\0', c} : std::string{c, '\0'};
  }
  return out;
}

std::vector<Row> InputRows() {
  std::string big(size_t{50} << 20, 'a');  // 50 MiB on one line
  return {
      {"missing file", "", "", "extract missing.txt",
       "missing.txt: error: cannot read file: No such file or directory\n" + kNone, 1, -1},
      {"a directory", "", "", "extract adir",
       "adir: error: cannot read file: Is a directory\n" + kNone, 1, -1},
      {"empty file", "empty.txt", "", "extract empty.txt",
       "empty.txt: error: no abstracts found\n" + kNone, 1, -1},
      {"only white space", "blank.txt", " \n\t\n\r\n", "extract blank.txt",
       "blank.txt: error: no abstracts found\n" + kNone, 1, -1},
      {"invalid UTF-8", "latin1.txt", "Voters \xff reward incumbents.\n", "extract latin1.txt",
       "latin1.txt:1:8: error: invalid UTF-8 (byte 0xFF): for Latin-1 or Windows-1252 text, give "
       "--encoding windows-1252\n"
       "Voters ? reward incumbents.\n"
       "       ^\n" +
           kNone,
       1, -1},
      {"an overlong UTF-8 form", "overlong.txt", "Voters \xC0\xAF reward incumbents.\n",
       "extract overlong.txt",
       "overlong.txt:1:8: error: invalid UTF-8 (byte 0xC0): for Latin-1 or Windows-1252 text, give "
       "--encoding windows-1252\n"
       "Voters ?? reward incumbents.\n"
       "       ^\n" +
           kNone,
       1, -1},
      {"a surrogate encoded in UTF-8", "surrogate.txt", "Voters \xED\xA0\x80 reward.\n",
       "extract surrogate.txt",
       "surrogate.txt:1:8: error: invalid UTF-8 (byte 0xED): for Latin-1 or Windows-1252 text, "
       "give --encoding windows-1252\n"
       "Voters ??? reward.\n"
       "       ^\n" +
           kNone,
       1, -1},
      {"a NUL byte", "nul.txt", std::string("We argue that\0 quotas matter.\n", 30),
       "extract nul.txt",
       "nul.txt:1:14: error: NUL byte (binary data, or UTF-16 text without a byte order mark?)\n"
       "We argue that? quotas matter.\n"
       "             ^\n" +
           kNone,
       1, -1},
      {"an argmap map given to extract", "map.json",
       "{\"format\": \"argmap\", \"version\": 1, \"documents\": []}\n", "extract map.json",
       "map.json: error: an argmap map, not abstracts: draw it with 'argmap render' or change its "
       "format with 'argmap convert'\n" +
           kNone,
       1, -1},
      {"an AIF map streamed by extract", "aif.json", "{\"nodes\": [], \"edges\": []}\n",
       "extract --format jsonl aif.json",
       "aif.json: error: an AIF map, not abstracts: draw it with 'argmap render' or change its "
       "format with 'argmap convert'\n" +
           kNone,
       1, -1},
      {"a pretty-printed map streamed by extract", "pretty.json",
       "{\n  \"format\": \"argmap\",\n  \"version\": 1,\n  \"documents\": []\n}\n",
       "extract --format jsonl pretty.json",
       "pretty.json: error: an argmap map, not abstracts: draw it with 'argmap render' or change "
       "its format with 'argmap convert'\n" +
           kNone,
       1, -1},
      {"an Argdown file given to extract", "map.argdown", "[Aid]: Aid works.\n",
       "extract map.argdown",
       "map.argdown: error: an Argdown map, not abstracts: draw it with 'argmap render' or change "
       "its format with 'argmap convert'\n" +
           kNone,
       1, -1},
      {"-o naming the input", "good.txt", kGood, "extract good.txt -o ./good.txt",
       "argmap: error: -o './good.txt' is also an input: writing there would destroy it; choose "
       "another file\nrun 'argmap extract --help' for usage\n",
       2, -1},
      {"OUT naming the input of convert", "map.json", "{}", "convert map.json map.json",
       "argmap: error: OUT 'map.json' is also an input: writing there would destroy it; choose "
       "another file\nrun 'argmap convert --help' for usage\n",
       2, -1},
      {"UTF-16 (little-endian, with its byte order mark)", "utf16le.txt", Utf16(kGood, false),
       "extract utf16le.txt", "", 0, 1},
      {"UTF-16 (big-endian, with its byte order mark)", "utf16be.txt", Utf16(kGood, true),
       "extract utf16be.txt", "", 0, 1},
      {"UTF-16 streamed by extract", "utf16s.txt", Utf16(kGood + "\n" + kGood, false),
       "extract --format json utf16s.txt", "", 0, 2},
      {"Windows-1252 text with --encoding", "cp1252.txt",
       "We argue that caf\xE9 owners vote because \x93taxes\x94 matter.\n",
       "extract --encoding windows-1252 cp1252.txt", "", 0, 1},
      {"a byte the named encoding has not", "ascii.txt", "We argue that caf\xE9 owners vote.\n",
       "extract --encoding ascii ascii.txt",
       "ascii.txt: error: cannot read as ascii: invalid byte 0xE9 at offset 17\n" + kNone, 1, -1},
      {"an unknown encoding", "good.txt", kGood, "extract --encoding klingon good.txt",
       "argmap: error: unknown encoding 'klingon'\nrun 'argmap extract --help' for usage\n", 2, -1},
      {"a PDF", "paper.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "extract paper.pdf",
       "paper.pdf: error: a PDF, not text: extract its text first (e.g. pdftotext), or use GROBID "
       "and give argmap the TEI\n" +
           kNone,
       1, -1},
      {"an Excel workbook (a ZIP archive)", "abstracts.xlsx",
       std::string("PK\x03\x04\x14\x00\x00\x00[Content_Types].xml", 27) + "xl/workbook.xml",
       "extract abstracts.xlsx",
       "abstracts.xlsx: error: a spreadsheet (Excel or OpenDocument), not text: save it as CSV "
       "(UTF-8) and give argmap the .csv, whose header names the abstract column\n" +
           kNone,
       1, -1},
      {"a UTF-8 byte order mark", "bom.txt", "\xEF\xBB\xBF" + kGood, "extract bom.txt", "", 0, 1},
      {"CRLF line ends", "crlf.txt", "We argue that x.\r\n\r\nWe find that y.\r\n",
       "extract crlf.txt", "", 0, 2},
      {"a 50 MB single line", "big.txt", big, "extract big.txt",
       "big.txt:1: error: record 1 is 52428800 bytes long, over the limit of 1048576 bytes for "
       "one abstract\n" +
           kNone,
       1, -1},
      {"a 50 MB single line before an abstract", "big.txt", big + "\n\n" + kGood, "extract big.txt",
       "big.txt:1: error: record 1 is 52428800 bytes long, over the limit of 1048576 bytes for "
       "one abstract\nargmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      // The records of an array before the cut are kept.
      {"truncated JSON", "cut.json",
       "[{\"id\": \"a1\", \"abstract\": \"We argue that x.\"}, {\"id\"", "extract cut.json",
       "cut.json:1:53: error: invalid JSON: syntax error while parsing object separator - "
       "unexpected end of input; expected ':'\n"
       "[{\"id\": \"a1\", \"abstract\": \"We argue that x.\"}, {\"id\"\n"
       "                                                    ^\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"JSON of the wrong shape", "shape.json", "{\"id\": \"a\", \"abstract\": [\"We argue.\"]}",
       "extract shape.json",
       "shape.json:1: error: record 1 has a \"abstract\" field that is not a string\n" + kNone, 1,
       -1},
      {"a number too large", "huge.json", "{\"id\": 1e309, \"abstract\": \"We argue that x.\"}",
       "extract huge.json",
       "huge.json:1:8: error: invalid JSON: number overflow parsing '1e309'\n"
       "{\"id\": 1e309, \"abstract\": \"We argue that x.\"}\n"
       "       ^\n" +
           kNone,
       1, -1},
      {"a record with no abstract", "noabs.jsonl",
       "{\"id\": \"a\", \"abstract\": \"We argue that x.\"}\n{\"id\": \"b\", \"title\": \"T\"}\n",
       "extract noabs.jsonl",
       "noabs.jsonl:2: error: record 2 has no \"abstract\" or \"text\" field\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"a title and keywords at the end with no abstract after them", "orphan.txt",
       kGood + "\nTitle: Orphan title\n\nKeywords: lost; words\n", "extract orphan.txt",
       "orphan.txt:3: warning: title 'Orphan title' with its keywords has no abstract; skipped\n"
       "argmap: mapped 1 abstract; skipped 1 record without an abstract\n",
       0, 1},
      {"an export where no record has an abstract", "refs.json",
       "[{\"id\": \"a\", \"type\": \"webpage\", \"title\": \"A portal\"},\n"
       " {\"id\": \"b\", \"type\": \"book\", \"title\": \"A handbook\"}]\n",
       "extract refs.json", "refs.json: error: 2 records, none with an abstract\n" + kNone, 1, -1},
      {"an export where some records have no abstract", "refs.bib",
       "@article{a, abstract = {" + kGood.substr(0, kGood.size() - 1) +
           "}}\n\n@book{x, title = {No abstract}}\n",
       "extract refs.bib",
       "refs.bib:3: warning: entry 'x' has no abstract; skipped\n"
       "argmap: mapped 1 abstract; skipped 1 record without an abstract\n",
       0, 1},
      {"a BibTeX entry closed early by an extra '}'", "x.bib",
       "@article{a1,\n title = {Extra close}},\n abstract = {We argue that quotas matter.},\n}\n"
       "@article{ok, abstract = {" +
           kGood.substr(0, kGood.size() - 1) + "}}\n",
       "extract x.bib",
       "x.bib:3:2: error: field 'abstract' after the end of entry 'a1', which the '}' on line 2 "
       "closed: is that '}' one too many?\n"
       " abstract = {We argue that quotas matter.},\n"
       " ^\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"a raw '<' in Crossref markup", "cr.json",
       "{\"DOI\": \"10.1/lt\", \"member\": \"7\", \"abstract\": \"<jats:p>Viral loads <LLOQ "
       "predict survival. We find that quotas raise turnout.</jats:p>\"}\n",
       "extract cr.json", "", 0, 1},
      {"broken Argdown given to convert", "bad.ad", "[Aid]: Aid works.\n\n[Unclosed: oops\n",
       "convert -f json bad.ad -",
       "bad.ad:3:1: error: '[' is not closed by ']'\n"
       "[Unclosed: oops\n"
       "^\n",
       1, 1},
      {"-o naming one format, --format another", "good.txt", kGood,
       "extract good.txt -o map.svg --format json",
       "argmap: error: 'map.svg' names svg, but --format is json: make them agree\n"
       "run 'argmap extract --help' for usage\n",
       2, -1},
      {"an abstract pasted from a PDF", "pdf.txt",
       "We argue that quotas raise turnout\nbecause parties compete for women\nvoters in every "
       "district.\n",
       "extract pdf.txt", "", 0, 1},
      {"a structured abstract with its headings alone on their lines", "headed.txt",
       "Background\nScreening uptake for bowel cancer is low in rural practices.\nResults\n"
       "Uptake rose by nine percent in practices that sent letters.\n",
       "extract headed.txt", "", 0, 1},
      {"a pasted Title / Abstract: / Keywords: block", "pasted.txt",
       "Quotas and turnout\nAbstract:\n" + kGood + "Keywords: quotas; turnout\n",
       "extract pasted.txt", "", 0, 1},
      {"XML that is not well-formed", "pubmed.xml",
       "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle>\n"
       "<AbstractText>We argue.</Abstract>\n</PubmedArticle></PubmedArticleSet>\n",
       "extract pubmed.xml",
       "pubmed.xml:3:35: error: not well-formed XML: Opening and ending tag mismatch: "
       "AbstractText line 3 and Abstract\n"
       "<AbstractText>We argue.</Abstract>\n"
       "                                  ^\n" +
           kNone,
       1, -1},
      {"XML of another kind", "refs.xml", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n",
       "extract refs.xml",
       "refs.xml:2: error: XML with the root element <rss> is none of the formats argmap reads: "
       "PubMed XML (<PubmedArticleSet>), JATS (<article>), GROBID TEI (<TEI>) and EndNote XML "
       "(<xml>)\n" +
           kNone,
       1, -1},
      {"an XML external entity", "xxe.xml",
       "<?xml version=\"1.0\"?>\n"
       "<!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
       "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><Abstract>\n"
       "<AbstractText>We argue that quotas matter.&x;</AbstractText>\n"
       "</Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n",
       "extract xxe.xml", "", 0, 1},
      {"a PubMed book record", "book.xml",
       "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n"
       "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><Abstract><AbstractText>We argue "
       "that quotas matter.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n"
       "<PubmedBookArticle><BookDocument><PMID>2</PMID></BookDocument></PubmedBookArticle>\n"
       "</PubmedArticleSet>\n",
       "extract book.xml",
       "book.xml:4: warning: record 2 is a <PubmedBookArticle>, not a journal article "
       "(<PubmedArticle>); skipped\n"
       "argmap: mapped 1 abstract; skipped 1 record for another reason\n",
       0, 1},
      {"a MEDLINE field before the first PMID-", "refs.nbib",
       "TI  - Orphan\nPMID- 1\nAB  - " + kGood, "extract refs.nbib",
       "refs.nbib:1: error: field 'TI' outside a record (no 'PMID-' line before it)\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"a CSV row with fewer fields than its header", "scopus.csv",
       "Title,Year,Abstract\nOne,2019\nTwo,2019,\"" + kGood + "\"\n", "extract scopus.csv",
       "scopus.csv:2: error: record 1 has 2 fields where the header has 3; skipped (a quote or "
       "delimiter out of place?)\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"a CSV quoted field never closed", "cut.csv",
       "Title,Abstract\nOne,\"" + kGood + "\"\nTwo,\"We argue that\n", "extract cut.csv",
       "cut.csv:4: error: a quoted field opened in the row of this line is not closed by the end "
       "of the file: that row and the lines after it are not read\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"a CSV without an abstract column", "refs.csv", "Title,Year,Summary\nOne,2019,x\n",
       "extract refs.csv",
       "refs.csv:1: error: the header names no abstract column (one of 'Abstract', 'AB', "
       "'Abstract Note')\n"
       "argmap: error: no abstracts to map\n",
       1, -1},
      {"a Web of Science field before the first PT", "savedrecs.txt",
       "FN Clarivate Analytics Web of Science\nVR 1.0\nTI Orphan\nPT J\nAB " + kGood + "ER\n",
       "extract savedrecs.txt",
       "savedrecs.txt:3: error: field 'TI' outside a record (no 'PT' line before it)\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"an abstract in another language", "fr.txt",
       "Nous soutenons que les quotas augmentent la participation parce que les partis se font "
       "concurrence pour les électrices dans chaque circonscription.\n",
       "extract fr.txt",
       "fr.txt:1: warning: record 1 ('fr#1') looks French, not English: argmap reads English "
       "abstracts, so its map may be empty or wrong\n",
       0, 1},
      {"an abstract of one word", "one.json", "{\"id\": \"w\", \"abstract\": \"Sanctions.\"}",
       "extract one.json", "", 0, 1},
      {"duplicate ids", "dup.jsonl",
       "{\"id\": \"a\", \"abstract\": \"We argue that x.\"}\n"
       "{\"id\": \"a\", \"abstract\": \"We argue that y.\"}\n",
       "extract dup.jsonl",
       "dup.jsonl:2: error: duplicate id 'a' (first used at dup.jsonl:1); record 2 skipped\n"
       "argmap: mapped 1 abstract; 1 error above\n",
       1, 1},
      {"binary data", "image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
       "extract image.png",
       "image.png:1:1: error: invalid UTF-8 (byte 0x89): for Latin-1 or Windows-1252 text, give "
       "--encoding windows-1252\n"
       "?PNG\n"
       "^\n" +
           kNone,
       1, -1},
  };
}

std::vector<Row> RuleRows() {
  return {
      RuleRow("a rule with an invalid pattern",
              "rule claim/broken\n  pattern: we argue that (?P<claim>.+\n  emits: claim\n",
              "bad.rules:2:12: error: invalid pattern: missing ): we argue that (?P<claim>.+\n"
              "  pattern: we argue that (?P<claim>.+\n"
              "           ^\n"),
      RuleRow("a rule with an unknown role",
              "rule claim/x\n  pattern: we argue that (?P<claim>.+)\n  emits: clam\n",
              "bad.rules:1:6: error: rule 'claim/x': the pattern captures 'claim' but emits does "
              "not list it\n"
              "rule claim/x\n"
              "     ^\n"
              "bad.rules:1:6: error: rule 'claim/x': unknown role 'clam' in emits, did you mean "
              "'claim'?\n"
              "rule claim/x\n"
              "     ^\n"),
      RuleRow("a duplicate rule id",
              "rule claim/x\n  pattern: we argue that (?P<claim>.+)\n  emits: claim\n\n"
              "rule claim/x\n  pattern: we hold that (?P<claim>.+)\n  emits: claim\n",
              "bad.rules:5:6: error: duplicate rule id 'claim/x' (first defined at bad.rules:1)\n"
              "rule claim/x\n"
              "     ^\n"),
      RuleRow("a rule with a missing field",
              "rule claim/x\n  pattern: we argue that (?P<claim>.+)\n",
              "bad.rules:1:6: error: rule 'claim/x' has no emits\n"
              "rule claim/x\n"
              "     ^\n"),
      RuleRow("an unknown lexicon name",
              "lexicon quarrel: quarrel | dispute\n\n"
              "rule claim/x\n  pattern: \\b{quarel}\\s+that\\s+(?P<claim>.+)\n  emits: claim\n",
              "bad.rules:4:14: error: unknown lexicon 'quarel', did you mean 'quarrel'?\n"
              "  pattern: \\b{quarel}\\s+that\\s+(?P<claim>.+)\n"
              "             ^\n"),
      RuleRow("a rule file that is not UTF-8",
              "rule claim/x\n  pattern: we argue that (?P<claim>.+)\n  emits: claim\n"
              "  match: We argue that caf\xe9 owners vote.\n",
              "bad.rules:4:27: error: invalid UTF-8 (byte 0xE9)\n"
              "  match: We argue that caf? owners vote.\n"
              "                          ^\n"),
  };
}

void CheckRow(const RunDir& dir, const Row& row) {
  CAPTURE(row.what);
  if (!row.file.empty()) dir.Write(row.file, row.content);
  ArgmapRun r = dir.Argmap(row.args);
  CHECK(r.err == row.err);
  CHECK(r.status == row.status);
  if (row.documents < 0) {
    CHECK(r.out == "");
  } else {
    REQUIRE(nlohmann::json::accept(r.out));
    CHECK(nlohmann::json::parse(r.out)["documents"].size() == static_cast<size_t>(row.documents));
  }
  if (!row.file.empty()) std::filesystem::remove(dir / row.file);
}

TEST_SUITE("bad_input") {
  TEST_CASE("every bad input of the table gives its exact message and exit status") {
    RunDir dir;
    std::filesystem::create_directory(dir / "adir");
    for (const Row& row : InputRows()) CheckRow(dir, row);
  }

  TEST_CASE("no command overwrites an input named by -o, however the name is spelled") {
    struct Case {
      std::string args;
      std::string input;  // the input that -o names: it must be left as it was
      std::string err;
    };
    auto also = [](const std::string& output, const std::string& command) {
      return "argmap: error: -o '" + output +
             "' is also an input: writing there would destroy it; choose another file\nrun "
             "'argmap " +
             command + " --help' for usage\n";
    };
    auto numbered = [](const std::string& output, const std::string& input) {
      return "argmap: error: -o '" + output + "' writes one file per paper, and '" + input +
             "' is an input: writing there would destroy it; choose another file, or "
             "--together\nrun 'argmap render --help' for usage\n";
    };
    // sub/ exists, nosub/ does not: "nosub/../good.txt" is good.txt all the same.
    const Case cases[] = {
        {"extract good.txt -o good.txt", "good.txt", also("good.txt", "extract")},
        {"extract -f explain good.txt -o sub/../good.txt", "good.txt",
         also("sub/../good.txt", "extract")},
        {"extract -f explain good.txt -o nosub/../good.txt", "good.txt",
         also("nosub/../good.txt", "extract")},
        {"extract good.txt -o ./good.txt", "good.txt", also("./good.txt", "extract")},
        {"extract -f explain in/good.txt -o in//good.txt", "in/good.txt",
         also("in//good.txt", "extract")},
        {"extract -f explain in/good.txt -o nosub/../in/./good.txt", "in/good.txt",
         also("nosub/../in/./good.txt", "extract")},
        {"render good.txt -f svg -o good.txt", "good.txt", also("good.txt", "render")},
        {"render good.txt -f svg -o nosub/../good.txt", "good.txt",
         also("nosub/../good.txt", "render")},
        {"render -o nosub/../map.svg map-2.svg", "map-2.svg",
         numbered("nosub/../map.svg", "map-2.svg")},
        {"render -o in/..//map.svg ./map-2.svg", "map-2.svg",
         numbered("in/..//map.svg", "./map-2.svg")},
        {"compare good.txt good.txt -o ./good.txt", "good.txt", also("./good.txt", "compare")},
        {"train good.txt -o sub/../good.txt", "good.txt", also("sub/../good.txt", "train")},
        {"train good.txt -o nosub/../good.txt", "good.txt", also("nosub/../good.txt", "train")},
        {"convert map.json nosub/../map.json", "map.json",
         "argmap: error: OUT 'nosub/../map.json' is also an input: writing there would destroy it; "
         "choose another file\nrun 'argmap convert --help' for usage\n"},
        // Standard input redirected from the file, and the files options read.
        {"extract -f explain - -o good.txt < good.txt", "good.txt", also("good.txt", "extract")},
        {"extract --model mm.model good.txt -o mm.model", "mm.model", also("mm.model", "extract")},
        {"extract --add-rules mine.rules good.txt -o ./mine.rules", "mine.rules",
         also("./mine.rules", "extract")},
        {"render --rules pack good.txt -f svg -o pack/general.rules", "pack/general.rules",
         also("pack/general.rules", "render")},
        {"compare --model mm.txt good.txt -o mm.txt", "mm.txt", also("mm.txt", "compare")},
        {"train --add-rules mine.rules good.txt -o mine.rules", "mine.rules",
         also("mine.rules", "train")},
    };
    RunDir dir;
    std::filesystem::create_directory(dir / "sub");
    std::filesystem::create_directory(dir / "in");
    std::filesystem::create_directory(dir / "pack");
    const std::string map = "{\"format\": \"argmap\", \"version\": 1, \"documents\": []}\n";
    for (const Case& c : cases) {
      CAPTURE(c.args);
      for (const std::string name : {"good.txt", "in/good.txt"}) dir.Write(name, kGood);
      dir.Write("map-2.svg", "<svg/>\n");
      dir.Write("map.json", map);
      for (const std::string name : {"mm.model", "mm.txt", "mine.rules", "pack/general.rules"}) {
        dir.Write(name, "# " + name + "\n");
      }
      std::string before = dir.Read(c.input);
      ArgmapRun r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == c.err);
      CHECK(dir.Read(c.input) == before);
      CHECK_FALSE(std::filesystem::exists(dir / "nosub"));
    }
  }

  TEST_CASE("two inputs with one file name in different folders are both mapped") {
    RunDir dir;
    std::filesystem::create_directories(dir / "a");
    std::filesystem::create_directories(dir / "b");
    dir.Write("a/paper.txt", kGood);
    dir.Write("b/paper.txt", "We find that trade helps because firms compete.\n");
    for (const std::string format : {"json", "jsonl"}) {
      ArgmapRun r = dir.Argmap("extract -f " + format + " a/paper.txt b/paper.txt");
      CHECK(r.status == 0);
      CHECK(r.err == "");
      CHECK(r.out.find("\"a/paper#1\"") != std::string::npos);
      CHECK(r.out.find("\"b/paper#1\"") != std::string::npos);
    }
    ArgmapRun compared = dir.Argmap("compare a/paper.txt b/paper.txt");
    CHECK(compared.status == 0);
    CHECK(compared.out.starts_with("argmap compare: 2 papers, "));
  }

  TEST_CASE(
      "broken Argdown given to compare or render is an error at its place, the rest is read") {
    RunDir dir;
    const std::string map = "[Aid]: Aid works.\n\n[Unclosed: oops\n";
    const std::string error = ":3:1: error: '[' is not closed by ']'\n[Unclosed: oops\n^\n";
    dir.Write("a.ad", map);
    dir.Write("b.ad", map);
    ArgmapRun compared = dir.Argmap("compare -f json a.ad b.ad");
    CHECK(compared.status == 1);
    CHECK(compared.err ==
          "a.ad" + error + "b.ad" + error + "argmap: mapped 2 abstracts; 2 errors above\n");
    REQUIRE(nlohmann::json::accept(compared.out));
    CHECK(nlohmann::json::parse(compared.out)["documents"].size() == 2);
    if (!testing::Needs(dir.Shell("command -v dot").status == 0, "dot is not on PATH")) return;
    ArgmapRun rendered = dir.Argmap("render a.ad -o map.svg");
    CHECK(rendered.status == 1);
    CHECK(rendered.err == "a.ad" + error);
    CHECK(dir.Read("map.svg").find("Aid works.") != std::string::npos);
  }

  TEST_CASE("an unreadable file is named with the reason") {
    RunDir dir;
    dir.Write("locked.txt", kGood);
    std::filesystem::permissions(dir / "locked.txt", std::filesystem::perms::none);
    std::string argmap = Sh(ARGMAP_BIN);
    if (::geteuid() == 0) {
      // root reads any file: run a copy of the binary as the user nobody instead.
      std::filesystem::copy_file(ARGMAP_BIN, dir / "argmap");
      std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all |
                                                   std::filesystem::perms::group_exec |
                                                   std::filesystem::perms::others_exec);
      argmap = "setpriv --reuid=65534 --regid=65534 --clear-groups ./argmap";
      if (!testing::Needs(dir.Shell(argmap + " version >/dev/null").status == 0,
                          "running as root, and cannot run argmap as nobody with setpriv"))
        return;
    }
    ArgmapRun r = dir.Shell(argmap + " extract locked.txt");
    CHECK(r.err == "locked.txt: error: cannot read file: Permission denied\n" + kNone);
    CHECK(r.status == 1);
    CHECK(r.out == "");
  }

  TEST_CASE("every bad rule file of the table stops the run with its exact message") {
    RunDir dir;
    dir.Write("good.txt", kGood);
    for (const Row& row : RuleRows()) CheckRow(dir, row);
  }
}

}  // namespace
}  // namespace argmap
