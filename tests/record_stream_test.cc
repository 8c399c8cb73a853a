// Tests of read/record_stream: reading in chunks gives what reading the whole
// file gives (documents, ids, record and line numbers, messages), whatever the
// chunk size, for every streamed format and for the formats read whole.
#include "read/record_stream.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace argmap {
namespace {

namespace fs = std::filesystem;

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

Read Streamed(const std::string& path, size_t chunk_bytes) {
  Read r;
  std::vector<Diagnostic> diags;
  RecordStream stream(chunk_bytes);
  r.ok = stream.Open(path, nullptr, InputFormat::kAuto, &diags);
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

  TEST_CASE("a file that cannot be opened is an error naming it") {
    std::vector<Diagnostic> diags;
    RecordStream stream;
    CHECK_FALSE(stream.Open("no-such-file.jsonl", nullptr, InputFormat::kAuto, &diags));
    CHECK(FormatAll(diags) ==
          "no-such-file.jsonl: error: cannot read file: No such file or directory\n");
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
