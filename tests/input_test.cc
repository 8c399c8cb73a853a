// Tests of read/input (the gate's ClassifyInput) and core/input_bytes
// (ReadBytes, ByteSource, CheckText): one answer to "what is this input?" for
// every command, and one way bytes come in.
#include "read/input.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/input_bytes.h"

namespace argmap {
namespace {

TEST_SUITE("input") {
  TEST_CASE("an input is told by its name and its first JSON value") {
    struct Case {
      std::string path;
      std::string content;
      InputKind kind;
    };
    const std::vector<Case> cases = {
        {"map.json", R"({"format": "argmap", "version": 1, "nodes": []})", InputKind::kArgmapMap},
        {"map.jsonl", "{\"format\":\"argmap\",\"version\":1}\n{\"format\":\"argmap\"}\n",
         InputKind::kArgmapMap},
        {"map.json", "\xEF\xBB\xBF{\"format\": \"argmap\"}", InputKind::kArgmapMap},
        {"ova.json", R"({"nodes": [], "edges": [], "locutions": []})", InputKind::kAif},
        {"aifdb.json", R"({"AIF": {"nodes": []}, "OVA": {}})", InputKind::kAif},
        {"teacher.argdown", "[Aid]: Aid works.\n", InputKind::kArgdown},
        {"teacher.ad", "[Aid]: Aid works.\n", InputKind::kArgdown},
        {"-", "===\ntitle: argmap\n===\n\n[Aid]: Aid works.\n", InputKind::kArgdown},
        {"map.txt", "\xEF\xBB\xBF\n===\r\ntitle: x\r\n===\r\n", InputKind::kArgdown},
        {"rule.txt", "===\nWe argue that x.\n", InputKind::kAbstracts},
        {"rules.txt", "====\nWe argue that x.\n====\n", InputKind::kAbstracts},
        {"record.json", R"({"id": "a", "abstract": "We argue that x."})", InputKind::kAbstracts},
        {"nodes-only.json", R"({"nodes": []})", InputKind::kAbstracts},
        {"nodes-not-arrays.json", R"({"nodes": 1, "edges": 2})", InputKind::kAbstracts},
        {"other.json", R"({"format": "other", "nodes": []})", InputKind::kAbstracts},
        {"array.json", R"([{"format": "argmap"}])", InputKind::kAbstracts},
        {"broken.json", "{\"format\": \"argmap\", broken", InputKind::kAbstracts},
        {"a.txt", "We argue that x.\n", InputKind::kAbstracts},
        {"-", "", InputKind::kAbstracts},
    };
    for (const Case& c : cases) {
      CAPTURE(c.path);
      CAPTURE(c.content);
      CHECK(ClassifyInput(c.content, c.path) == c.kind);
    }
  }

  TEST_CASE("every kind has a name for messages") {
    CHECK(InputKindName(InputKind::kAbstracts) == "abstracts");
    CHECK(InputKindName(InputKind::kArgmapMap) == "an argmap map");
    CHECK(InputKindName(InputKind::kAif) == "an AIF map");
    CHECK(InputKindName(InputKind::kArgdown) == "an Argdown map");
  }

  TEST_CASE("standard input is the stream the caller gives, and an error without one") {
    std::istringstream given("We argue that x.\n");
    std::string out;
    std::vector<Diagnostic> diags;
    CHECK(ReadBytes("-", &given, &out, &diags));
    CHECK(out == "We argue that x.\n");
    out.clear();
    CHECK_FALSE(ReadBytes("-", nullptr, &out, &diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].Header() == "-: error: cannot read file: standard input is not available here");
  }

  TEST_CASE("a file that cannot be read is one error with the system's reason") {
    std::string out;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadBytes("no/such/file.txt", nullptr, &out, &diags));
    CHECK_FALSE(ReadBytes(".", nullptr, &out, &diags));
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].Header() ==
          "no/such/file.txt: error: cannot read file: No such file or directory");
    CHECK(diags[1].Header() == ".: error: cannot read file: Is a directory");
  }

  TEST_CASE("a byte source reads in pieces to the end") {
    std::istringstream given(std::string(100000, 'x'));
    ByteSource source;
    std::string error;
    REQUIRE(source.Open("-", &given, &error));
    std::string out;
    size_t pieces = 0;
    while (source.Read(4096, &out) > 0) ++pieces;
    CHECK(out.size() == 100000);
    CHECK(pieces == 25);
    CHECK_FALSE(source.failed());
  }

  TEST_CASE("the text check names the first bad byte, or the NUL, with its line") {
    struct Case {
      std::string content;
      std::string message;  // "" when it is text
    };
    const std::vector<Case> cases = {
        {"caf\xC3\xA9 \xEF\xBF\xBD\n", ""},
        {"ok\nVoters \xFF reward.\n",
         "in.txt:2:8: error: invalid UTF-8 (byte 0xFF)\nVoters ? reward.\n       ^\n"},
        {"a \xE2\x80 b", "in.txt:1:3: error: invalid UTF-8 (byte 0xE2)\na ?? b\n  ^\n"},
        {"a \xED\xA0\x80", "in.txt:1:3: error: invalid UTF-8 (byte 0xED)\na ???\n  ^\n"},
        {std::string("W\0\xE9\0", 4),  // UTF-16 without its mark: the NUL comes first
         "in.txt:1:2: error: NUL byte (binary data, or UTF-16 text without a byte order "
         "mark?)\nW???\n ^\n"},
        {std::string("a\0b", 3),
         "in.txt:1:2: error: NUL byte (binary data, or UTF-16 text without a byte order "
         "mark?)\na?b\n ^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      std::optional<Diagnostic> d = CheckText("in.txt", c.content);
      CHECK((d ? d->Format() : "") == c.message);
    }
  }

  TEST_CASE("text in another encoding becomes UTF-8, and a byte it has not is one error") {
    struct Case {
      std::string encoding;
      std::string bytes;
      std::string utf8;     // when it converts
      std::string message;  // when it does not
    };
    const std::vector<Case> cases = {
        {"", "caf\xC3\xA9", "caf\xC3\xA9", ""},
        {"",
         std::string("\xFF\xFE"
                     "c\0a\0f\0\xE9\0",
                     10),
         "caf\xC3\xA9", ""},
        {"", std::string("\xFE\xFF\0c\0a\0f\0\xE9", 10), "caf\xC3\xA9", ""},
        {"utf-16", std::string("c\0a\0", 4), "ca", ""},
        {"windows-1252",
         "\x93"
         "caf\xE9\x94",
         "\xE2\x80\x9C"
         "caf\xC3\xA9\xE2\x80\x9D",
         ""},
        {"latin1", "caf\xE9", "caf\xC3\xA9", ""},
        {"UTF-8", "caf\xE9", "caf\xE9", ""},  // left to the text check
        {"ascii", "caf\xE9", "",
         "in.txt: error: cannot read as ascii: invalid byte 0xE9 at offset 3"},
        {"utf-16", "abc", "",
         "in.txt: error: cannot read as utf-16: a character cut off at the end"},
        {"klingon", "abc", "", "in.txt: error: unknown encoding 'klingon'"},
        // An XML declaration names the encoding of bytes that are not UTF-8; UTF-8
        // bytes under a declaration of another encoding stay as they are.
        {"", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xE9</a>",
         "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xC3\xA9</a>", ""},
        {"", "<?xml version='1.0' encoding = 'windows-1252'?><a>\x93x\x94</a>",
         "<?xml version='1.0' encoding = 'windows-1252'?><a>\xE2\x80\x9Cx\xE2\x80\x9D</a>", ""},
        {"", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xC3\xA9</a>",
         "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xC3\xA9</a>", ""},
        {"", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>caf\xE9</a>",
         "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>caf\xE9</a>", ""},
        {"latin1", "<?xml version=\"1.0\" encoding=\"koi8-r\"?><a>caf\xE9</a>",
         "<?xml version=\"1.0\" encoding=\"koi8-r\"?><a>caf\xC3\xA9</a>", ""},
        {"", "<?xml version=\"1.0\" encoding=\"klingon\"?><a>caf\xE9</a>", "",
         "in.txt: error: unknown encoding 'klingon'"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.encoding);
      CAPTURE(c.bytes);
      std::string bytes = c.bytes;
      std::vector<Diagnostic> diags;
      bool ok = ToUtf8("in.txt", c.encoding, &bytes, &diags);
      CHECK(ok == c.message.empty());
      if (ok) CHECK(bytes == c.utf8);
      if (!ok) CHECK(FormatAll(diags) == c.message + "\n");
    }
    // The first bytes of a streamed input may end inside a UTF-8 character.
    std::string declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf";
    CHECK(NeedsConversion(declared + "\xE9 au lait</a>", ""));
    CHECK_FALSE(NeedsConversion(declared + "\xC3\xA9 au lait</a>", ""));
    CHECK_FALSE(NeedsConversion(declared + "\xC3", ""));
    CHECK(IsKnownEncoding("windows-1252"));
    CHECK(IsKnownEncoding(""));
    CHECK_FALSE(IsKnownEncoding("klingon"));
  }

  TEST_CASE("a byte order mark is not counted in the column of a bad byte") {
    std::optional<Diagnostic> d = CheckText("in.txt",
                                            "\xEF\xBB\xBF"
                                            "ab \xFF");
    REQUIRE(d);
    CHECK(d->Format() == "in.txt:1:4: error: invalid UTF-8 (byte 0xFF)\nab ?\n   ^\n");
  }

  TEST_CASE("reading text is reading bytes, converting them and checking them, with one error") {
    struct Case {
      std::string bytes;
      std::string encoding;
      std::string text;     // when it is text
      std::string message;  // when it is not
    };
    const std::vector<Case> cases = {
        {"caf\xC3\xA9\n", "", "caf\xC3\xA9\n", ""},
        {"caf\xE9\n", "latin1", "caf\xC3\xA9\n", ""},
        {std::string("\xFF\xFE"
                     "a\0\n\0",
                     6),
         "", "a\n", ""},
        {"a \xED\xA0\x80\n", "", "", "-:1:3: error: invalid UTF-8 (byte 0xED): HINT\na ???\n  ^\n"},
        {"abc", "klingon", "", "-: error: unknown encoding 'klingon'\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.bytes);
      std::istringstream in(c.bytes);
      std::string text;
      std::vector<Diagnostic> diags;
      bool ok = ReadText("-", &in, c.encoding, &text, &diags, ": HINT");
      CHECK(ok == c.message.empty());
      if (ok) CHECK(text == c.text);
      CHECK(FormatAll(diags) == c.message);
    }
    std::string text;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadText("no/such/file.txt", nullptr, "", &text, &diags));
    CHECK(FormatAll(diags) ==
          "no/such/file.txt: error: cannot read file: No such file or directory\n");
  }

  TEST_CASE("a PDF is named as one") {
    std::optional<Diagnostic> d = CheckText("paper.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    REQUIRE(d);
    CHECK(d->Format() ==
          "paper.pdf: error: a PDF, not text: extract its text first (e.g. pdftotext), or use "
          "GROBID and give argmap the TEI\n");
  }

  TEST_CASE("a spreadsheet, a text document or another ZIP archive is named with what to do") {
    const std::string zip("PK\x03\x04\x14\x00\x00\x00", 8);
    struct Case {
      std::string content;
      std::string message;
    };
    const Case cases[] = {
        {zip + "[Content_Types].xml" + zip + "xl/workbook.xml",
         "a spreadsheet (Excel or OpenDocument), not text: save it as CSV (UTF-8) and give "
         "argmap the .csv, whose header names the abstract column"},
        {zip + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
         "a spreadsheet (Excel or OpenDocument), not text: save it as CSV (UTF-8) and give "
         "argmap the .csv, whose header names the abstract column"},
        {zip + "[Content_Types].xml" + zip + "word/document.xml",
         "a Word or OpenDocument text, not plain text: save it as plain text (UTF-8) and give "
         "argmap the .txt"},
        {zip + "abstracts.txt",
         "a ZIP archive, not text: unpack it and give argmap the files inside"},
        // Names past the first 64 KiB are not looked at (a stream has not read them).
        {zip + std::string(1 << 16, 'x') + "xl/workbook.xml",
         "a ZIP archive, not text: unpack it and give argmap the files inside"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.message);
      CHECK(IsZip(c.content));
      std::optional<Diagnostic> d = CheckText("in.xlsx", c.content);
      REQUIRE(d.has_value());
      CHECK(d->Format() == "in.xlsx: error: " + c.message + "\n");
    }
    CHECK_FALSE(IsZip("PK is a text that opens with two capitals."));
  }

  TEST_CASE("a PDF after a few bytes of junk is named as one, a text quoting its header is not") {
    std::string junk = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n";
    CHECK(IsPdf(junk + "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"));
    CHECK(IsPdf(std::string("\0\0", 2) + "%PDF-1.4\n"));
    CHECK_FALSE(IsPdf("Files open with the header %PDF-1.7 on their first line.\n"));
    CHECK_FALSE(IsPdf(std::string(kPdfHeaderWindow, '\0') + "%PDF-1.4\n"));
    std::optional<Diagnostic> d = CheckText("paper.pdf", junk + "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    REQUIRE(d);
    CHECK(d->Format() ==
          "paper.pdf: error: a PDF, not text: extract its text first (e.g. pdftotext), or use "
          "GROBID and give argmap the TEI\n");
  }

  TEST_CASE("sanitizing keeps the length and marks each bad byte") {
    CHECK(Sanitized("a\xC3\xA9 \xC0\xAF \xE2\x80") == "a\xC3\xA9 ?? ??");
  }
}

}  // namespace
}  // namespace argmap
