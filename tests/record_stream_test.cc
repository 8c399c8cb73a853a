// Tests of read/record_stream: reading in chunks gives what reading the whole
// file gives (documents, ids, record and line numbers, messages), whatever the
// chunk size, for every streamed format and for the formats read whole.
#include "read/record_stream.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pubmed_xml_sample.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;
using testing::PubmedArticleSample;
using testing::PubmedXmlSample;

struct Read {
  std::vector<Document> docs;
  std::string messages;
  bool ok = true;
  bool streamed = false;
  int chunks = 0;  // calls of Next that gave a chunk
};

std::string Describe(const Read& r) {
  std::string out;
  for (const Document& d : r.docs) {
    out += d.id + " | " + std::to_string(d.record) + " | " + std::to_string(d.line) + " | " +
           d.text + "\n";
  }
  return out + r.messages + (r.ok ? "ok" : "failed");
}

Read Whole(const std::string& path) {
  Read r;
  std::vector<Diagnostic> diags;
  r.ok = ReadInputFile(path, nullptr, InputFormat::kAuto, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

Read Streamed(const std::string& path, size_t chunk_bytes,
              InputFormat format = InputFormat::kAuto) {
  Read r;
  std::vector<Diagnostic> diags;
  RecordStream stream(chunk_bytes);
  r.ok = stream.Open(path, nullptr, format, &diags);
  while (r.ok && stream.Next(&r.docs, &diags, &r.ok)) ++r.chunks;
  // After an error the stream still ends cleanly.
  while (stream.Next(&r.docs, &diags, &r.ok)) ++r.chunks;
  r.streamed = stream.streamed();
  r.messages = FormatAll(diags);
  return r;
}

// A file in the temp directory, removed at the end of the test.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_(fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

}  // namespace

TEST_SUITE("record_stream") {
  TEST_CASE("chunks of any size give the documents and messages of the whole file") {
    struct Case {
      const char* name;
      const char* content;
      bool streamed;
    };
    const Case cases[] = {
        {"a.jsonl",
         "{\"id\": \"a\", \"abstract\": \"We argue that X.\"}\n"
         "\n"
         "{\"abstract\": \"Since A, B.\"}\n"
         "{\"id\": \"c\", \"abstract\": broken}\n"
         "{\"id\": \"d\", \"title\": \"no abstract\"}\n"
         "{\"id\": \"a\", \"abstract\": \"Same id again.\"}\n"
         "{\"id\": \"e\", \"abstract\": \"The last one, without a newline.\"}",
         true},
        {"b.txt",
         "First abstract, line one.\nLine two.\n\n  \nSecond abstract.\r\n\r\n"
         "ABSTRACT\n\nThird abstract.\n",
         true},
        {"c.ris",
         "TY  - JOUR\nTI  - One\nAB  - We find that A.\nER  - \n\n"
         "TY  - JOUR\nTI  - No abstract\nER  - \n"
         "TY  - JOUR\nAB  - Because B, C.\n  continued here.\nER  - \n",
         true},
        {"d.jsonl",
         "{\"id\": \"https://openalex.org/W1\", \"display_name\": \"T\", "
         "\"abstract_inverted_index\": {\"We\": [0], \"argue\": [1], \"so.\": [2]}}\n"
         "{\"id\": \"https://openalex.org/W2\", \"display_name\": \"U\", "
         "\"abstract_inverted_index\": {\"Since\": [0], \"A,\": [1], \"B.\": [2]}}\n",
         true},
        // Found by the stream fuzz target: a later line that opens as a PDF does is
        // a broken record, not a PDF; only the input's first bytes tell a PDF.
        {"pdf-line.jsonl",
         "{\"id\": \"a\", \"abstract\": \"We argue that quotas raise turnout.\"}\n"
         "{\"id\": \"b\", \"abstract\": \"We find that term limits weaken parties.\"}\n"
         "%PDF-1.4 a stray line\n"
         "{\"id\": \"c\", \"abstract\": \"We show that courts constrain rulers.\"}\n",
         true},
        {"e.json",
         "[{\"id\": \"x\", \"abstract\": \"One.\"}, {\"id\": \"y\", \"abstract\": \"Two.\"}]",
         false},
        {"f.bib",
         "@string{j = \"Journal\"}\n@article{k1, journal = j, abstract = {We argue that A.}}\n"
         "@article{k2, abstract = {Since B, C.}}\n",
         false},
        {"g.txt", "One abstract per line.\nA second one.\n", false},
        {"labels.txt",
         "Aid and war\n\nAbstract:\n\nWe argue that aid prolongs war.\n\nKeywords: aid; war\n\n"
         "Title: Trade\n\nWe find that trade helps.\n\nBACKGROUND\n\nAid may help.\n\n"
         "METHODS\n\nWe ran a trial.\n\nRESULTS: Aid helped.\n\nA last abstract.\n",
         true},
        {"labels2.txt",
         "We argue that aid prolongs war.\n\nTitle: Second paper\nKeywords: alpha; beta.\n\n"
         "Sanctions fail because elites adapt.\n\nAid and war\nKeywords: aid.\n\nAbstract:\n\n"
         "We argue that sanctions fail.\n\nResults: mixed\n\nConclusions: We argue so.\n\n"
         "Abstract\n\nWe find that trade helps.\n",
         true},
        {"labels3.txt",
         "Title\n\nAid and war\n\nAbstract\n\nWe argue that aid prolongs war.\n\nKeywords\n\n"
         "aid; war\n\nA plain abstract here.\n\nWe find that trade helps.\nKeywords trade; "
         "peace\n\nTitle: Orphan\n\n"
         "Title: Next\n\nSanctions fail because elites adapt.\n\nTitle: Last orphan\n"
         "Keywords: x; y\n",
         true},
        // Found by the stream fuzz target: a paragraph whose last line is the value of
        // an empty "Title:" line before it is a title waiting for its abstract, however
        // that line ends, and so is the paragraph after a lone "Title:".
        {"title-value.txt",
         "Title:\nWhy quotas work.\n\nWe argue that quotas raise turnout.\n\n"
         "Title:\n\nWhy courts matter.\n\nWe find that courts constrain rulers.\n\n"
         "Title: Wrapped over\ntwo lines.\n\nWe show that term limits weaken parties.\n",
         true},
        {"untitled.txt",
         "Quotas and turnout\n\nWe argue that quotas raise turnout.\n\nCourts and rulers\n\n"
         "We find that courts constrain rulers.\n\nA last abstract.\n",
         true},
        {"h.jsonl", "", false},
        {"none.ris",
         "TY  - JOUR\nTI  - One\nER  - \nAU  - Stray\nTY  - JOUR\nTI  - Two\nER  - \n"
         "TY  - JOUR\nER  - \n",
         true},
        {"foreign.txt",
         "We argue that aid prolongs civil war because rebels loot it.\n\n"
         "Nous soutenons que les sanctions changent rarement les régimes, parce que les élites "
         "au pouvoir s'y adaptent. Les résultats montrent que les mesures ciblées sont "
         "efficaces.\n\nAbstract\n\n\nWe find that trade helps.\n",
         true},
        {"late.ris",
         "TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\nER  - \n"
         "TY  - JOUR\nAB  - At last an abstract.\nER  - \n",
         true},
        {"i.txt", "ok\n\xff\xfe\n", false},
        {"j.nbib",
         "PMID- 1\nTI  - One\nAB  - We find that A.\n\n"
         "PMID- 2\r\nTI  - No abstract\r\n"
         "PMID- 3\nAB  - Because B,\n      C follows.\nPMID-\nAB  - Since D, E.\nPMID- 5",
         true},
        {"stray.nbib",
         "TI  - Stray\nAU  - Roe J\nPMID- 1\nAB  - We argue that A.\n"
         "PMID- 2\nAB  - We argue that B.\n",
         true},
        {"none.nbib", "PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\n", true},
        {"wos.txt",
         "FN Web of Science\nVR 1.0\nPT J\nTI One\nAB We find that A.\nER\n\n"
         "PT J\r\nTI No abstract\r\nER\r\nAU Stray, S\n"
         "PT J\nAB Because B,\n   C follows.\nPT J\nAB Since D, E.\nER\nEF\n",
         true},
        {"none-wos.txt", "PT J\nTI One\nER\nPT J\nTI Two\nER\n", true},
        {"refs.csv", "Title,Abstract\nOne,\"We find\nthat A.\"\nTwo,Since B, C.\n", false},
    };
    for (const Case& c : cases) {
      TempFile file(c.name, c.content);
      Read whole = Whole(file.path());
      for (size_t chunk : {1, 7, 40, 1 << 20}) {
        CAPTURE(c.name);
        CAPTURE(chunk);
        Read streamed = Streamed(file.path(), chunk);
        CHECK(Describe(streamed) == Describe(whole));
        CHECK(streamed.streamed == c.streamed);
        if (c.streamed && chunk == 1) CHECK(streamed.chunks >= 2);  // the input was cut
      }
    }
  }

  TEST_CASE("PubMed XML is streamed a chunk of whole articles at a time, as read whole") {
    // Cut after any article (chunk 1), after a few, or not at all; the first
    // chunk keeps the declaration and DOCTYPE, the last the root end tag.
    std::string sample = PubmedXmlSample(50);
    std::string crlf;
    for (char c : sample) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    std::string latin = sample;  // a declared encoding is overridden: the input is UTF-8
    latin.replace(0, latin.find('\n'), "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>");
    latin.replace(latin.find("Made-up study"), 4, "Caf\xC3\xA9");
    std::string comments = sample;  // comments before and in the root start tag's line
    comments.replace(comments.find("<PubmedArticleSet>"), 18,
                     "<!-- a <PubmedArticleSet> that is not it -->\n<PubmedArticleSet>");
    const std::pair<const char*, std::string> inputs[] = {
        {"set.xml", sample},
        {"crlf.xml", crlf},
        {"bom.xml", "\xEF\xBB\xBF" + sample},
        {"latin.xml", latin},
        {"comments.xml", comments},
        {"unterminated.xml", sample.substr(0, sample.size() - 1)},
    };
    for (const auto& [name, content] : inputs) {
      TempFile file(name, content);
      Read whole = Whole(file.path());
      CHECK(whole.docs.size() == 43);  // 50, less 7 without an abstract
      CHECK(whole.ok);
      for (size_t chunk : {1, 700, 5000, 1 << 20}) {
        CAPTURE(name);
        CAPTURE(chunk);
        Read streamed = Streamed(file.path(), chunk);
        CHECK(Describe(streamed) == Describe(whole));
        CHECK(streamed.streamed);
        if (chunk == 1) CHECK(streamed.chunks >= 50);
      }
    }
  }

  TEST_CASE("PubMed XML streamed: the skipped records give the warnings of the whole file") {
    TempFile file("skipped.xml", PubmedXmlSample(8));
    Read streamed = Streamed(file.path(), 1);
    CHECK(streamed.messages ==
          file.path() + ":40: warning: record 4 ('1003') has no abstract; skipped\n" + file.path() +
              ":61: warning: record 6 is a <PubmedBookArticle>, not a journal article "
              "(<PubmedArticle>); skipped\n");
    CHECK(Describe(streamed) == Describe(Whole(file.path())));
    // Told to read XML, the same (the book record opens a chunk of its own).
    CHECK(Describe(Streamed(file.path(), 1, InputFormat::kXml)) == Describe(streamed));
  }

  TEST_CASE("PubMed XML of records without abstracts is one error, streamed or whole") {
    std::string none = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + PubmedArticleSample(3) +
                       PubmedArticleSample(10) + "</PubmedArticleSet>\n";
    TempFile file("none.xml", none);
    Read whole = Whole(file.path());
    CHECK(whole.messages == file.path() + ": error: 2 records, none with an abstract\n");
    CHECK(Describe(Streamed(file.path(), 1)) == Describe(whole));
  }

  TEST_CASE("a malformed PubMed article loses its chunk, with the message of the whole file") {
    // Read whole, the file is rejected; streamed, only the chunk that holds the
    // article (here the article itself), with the same message, line and caret.
    std::string sample = PubmedXmlSample(30);
    size_t at = sample.find("<AbstractText>", sample.find("<PMID Version=\"1\">1020<"));
    sample.insert(at + 14, "<i>");
    TempFile file("broken.xml", sample);
    Read whole = Whole(file.path());
    std::string error = file.path() +
                        ":250:149: error: not well-formed XML: Opening and ending tag mismatch: "
                        "i line 250 and AbstractText\n"
                        "...visits, because patients are seen earlier. (Sample "
                        "1020.)</AbstractText>\n" +
                        std::string(75, ' ') + "^\n";
    CHECK(whole.messages == error);
    CHECK(whole.docs.empty());
    Read streamed = Streamed(file.path(), 1);
    CHECK_FALSE(streamed.ok);
    CHECK(streamed.docs.size() == 25);  // of 26 with an abstract
    CHECK(streamed.messages.find(error) != std::string::npos);
    // The other articles keep their numbers and lines.
    Read good = Whole(TempFile("good.xml", PubmedXmlSample(30)).path());
    std::erase_if(good.docs, [](const Document& d) { return d.id == "1020"; });
    good.messages = streamed.messages;
    good.ok = false;
    CHECK(Describe(streamed) == Describe(good));
  }

  TEST_CASE("a PubMed XML file cut short is the whole file's error in its last chunk") {
    std::string sample = PubmedXmlSample(6);
    sample.resize(sample.find("  <DeleteCitation>"));
    TempFile file("short.xml", sample);
    Read whole = Whole(file.path());
    CHECK(whole.messages == file.path() +
                                ":77:1: error: not well-formed XML: Premature end of data in tag "
                                "PubmedArticleSet line 3\n");
    for (size_t chunk : {1, 300, 1 << 20}) {
      CAPTURE(chunk);
      Read streamed = Streamed(file.path(), chunk);
      CHECK_FALSE(streamed.ok);
      CHECK(streamed.messages.ends_with(whole.messages));
    }
  }

  // Found by the stream fuzz target: the first chunk lost its byte order mark
  // before the check that skips one, so a second mark was skipped too and the
  // bad byte's column was 3 less than read whole.
  TEST_CASE("a bad byte after two byte order marks is placed as read whole") {
    TempFile file("marks.txt", std::string("\xEF\xBB\xBF\xEF\xBB\xBFWe argue") + '\0' +
                                   " that.\n\nA second abstract.\n\nA third one.\n");
    Read whole = Whole(file.path());
    CHECK(whole.messages.starts_with(file.path() + ":1:12: error: NUL byte"));
    for (size_t chunk : {1, 8, 1 << 20}) {
      CAPTURE(chunk);
      CHECK(Streamed(file.path(), chunk).messages.starts_with(whole.messages));
    }
  }

  TEST_CASE("a bad byte past the first chunk loses its chunk, not the whole input") {
    // Read whole, a file with invalid UTF-8 is one error and no abstract; streamed,
    // the error is the same (the file's own line and column) and only the chunk
    // that holds the byte is lost.
    TempFile file("late.txt", "First abstract.\n\nSecond abstract.\n\nThird \xff abstract.\n");
    Read whole = Whole(file.path());
    Read streamed = Streamed(file.path(), 8);
    CHECK(whole.docs.empty());
    CHECK_FALSE(whole.ok);
    CHECK_FALSE(streamed.ok);
    CHECK(streamed.messages == whole.messages);
    CHECK(whole.messages.starts_with(file.path() +
                                     ":5:7: error: invalid UTF-8 (byte 0xFF): for Latin-1 or "
                                     "Windows-1252 text, give --encoding windows-1252\n"));
    REQUIRE(streamed.docs.size() == 2);
    CHECK(streamed.docs[1].text == "Second abstract.");
  }

  TEST_CASE("a file that cannot be opened is an error naming it, and the stream then ends") {
    std::vector<Diagnostic> diags;
    RecordStream stream;
    CHECK_FALSE(stream.Open("no-such-file.jsonl", nullptr, InputFormat::kAuto, &diags));
    std::vector<Document> docs;
    bool ok = true;
    CHECK_FALSE(stream.Next(&docs, &diags, &ok));
    CHECK_FALSE(ok);
    CHECK(FormatAll(diags) ==
          "no-such-file.jsonl: error: cannot read file: No such file or directory\n");
  }

  // Found by the stream fuzz target: after a failed conversion, Next read the
  // unconverted bytes and added an invalid UTF-8 error; and each chunk of a PDF
  // after the first was checked on its own. Each is one error, as read whole.
  TEST_CASE("an input that cannot be read as text is one error, and the stream then ends") {
    struct Case {
      std::string name;
      std::string content;
      size_t chunk_bytes;
      std::string error;  // after "<path>: error: "
    };
    const Case cases[] = {
        {"utf16-odd.txt", std::string("\xFE\xFF", 2) + "Odd!.",  // a UTF-16 BE mark, odd 5 bytes
         7, "cannot read as UTF-16: a character cut off at the end\n"},
        {"pdf.txt", "%PDF-1.7\nWe argue that quotas raise turnout.\n\nA second \xAD paragraph.\n",
         8,
         "a PDF, not text: extract its text first (e.g. pdftotext), or use GROBID and give argmap "
         "the TEI\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      TempFile file(c.name, c.content);
      std::vector<Diagnostic> diags;
      RecordStream stream(c.chunk_bytes);
      CHECK_FALSE(stream.Open(file.path(), nullptr, InputFormat::kAuto, &diags));
      std::vector<Document> docs;
      bool ok = true;
      CHECK_FALSE(stream.Next(&docs, &diags, &ok));
      CHECK_FALSE(ok);
      CHECK(docs.empty());
      CHECK(FormatAll(diags) == file.path() + ": error: " + c.error);
      CHECK(Whole(file.path()).messages == FormatAll(diags));
    }
  }

  TEST_CASE("a directory is an error when read") {
    std::vector<Diagnostic> diags;
    RecordStream stream;
    std::vector<Document> docs;
    bool ok = true;
    std::string dir = fs::temp_directory_path().string();
    if (stream.Open(dir, nullptr, InputFormat::kAuto, &diags))
      CHECK_FALSE(stream.Next(&docs, &diags, &ok));
    CHECK_FALSE(ok);
    CHECK(FormatAll(diags) == dir + ": error: cannot read file: Is a directory\n");
  }
}

}  // namespace argmap
