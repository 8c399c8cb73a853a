// Tests of src/eval/words: the words the scorer compares texts by (as the shared
// scorer's NFKC, lower-case, apostrophe-dropping tokenizer gives them) and overlap.
#include "eval/words.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

using Words = std::vector<std::string>;

TEST_SUITE("eval_words") {
  TEST_CASE("words are lower-cased runs of letters and digits, apostrophes joining") {
    struct Case {
      std::string text;
      Words words;
    };
    const Case cases[] = {
        {"The State\u2019s  capacity", {"the", "states", "capacity"}},
        {"Voters don't punish `incumbents'", {"voters", "dont", "punish", "incumbents"}},
        {"rock_and_roll politics", {"rock", "and", "roll", "politics"}},
        {"U.S. policy, 1990-2000", {"u", "s", "policy", "1990", "2000"}},
        {"p < .05", {"p", "05"}},
        {"war\u2014and peace", {"war", "and", "peace"}},
        {"one\u00A0two\u2009three", {"one", "two", "three"}},
        {"\u00C9TAT-NATION", {"\u00E9tat", "nation"}},
        {"Stra\u00DFe \u0141\u00D3D\u0179", {"stra\u00DFe", "\u0142\u00F3d\u017A"}},
        {"\u041C\u043E\u0441\u043A\u0432\u0430", {"\u043C\u043E\u0441\u043A\u0432\u0430"}},
        {"\u0394\u03A3 \u03A3\u03B1", {"\u03B4\u03C2", "\u03C3\u03B1"}},
        {"\uFB01scal \uFB02ows", {"fiscal", "flows"}},
        {"x\u00B2 \u2265 3", {"x2", "3"}},
        {"\uFF21\uFF22\uFF23 \u2122", {"abc", "tm"}},
        {"\u00BD", {"1", "2"}},
        {"\u0130stanbul", {"i", "stanbul"}},
        {"\u00A7 4 \u00B1 \u2192 \u2022", {"4"}},
        {"", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(EvalWords(c.text) == c.words);
    }
  }

  TEST_CASE("sorted words are the words in byte order") {
    CHECK(SortedWords("Trade shapes war and war shapes trade") ==
          Words{"and", "shapes", "shapes", "trade", "trade", "war", "war"});
  }

  TEST_CASE("overlap is shared words over the words of the longer text") {
    struct Case {
      std::string a;
      std::string b;
      double overlap;
    };
    const Case cases[] = {
        {"sanctions rarely change regimes", "sanctions rarely change regimes", 1.0},
        {"sanctions change regimes today", "sanctions weaken regimes abroad", 0.5},
        {"sanctions change regimes", "sanctions weaken authoritarian regimes abroad", 0.4},
        {"no no yes", "no yes yes", 2.0 / 3.0},
        {"Parties", "parties matter", 0.5},
        {"", "parties", 0.0},
        {"", "", 0.0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.a);
      CAPTURE(c.b);
      CHECK(WordOverlap(SortedWords(c.a), SortedWords(c.b)) == c.overlap);
      CHECK(WordOverlap(SortedWords(c.b), SortedWords(c.a)) == c.overlap);
    }
  }

  TEST_CASE("the words are the shared scorer's own, on text of any script and form") {
    // Each line through score.py's words() (Python's NFKC, lower() and \\w), and
    // through EvalWords: the same words, in the same order.
    const std::vector<std::string> texts = {
        "\uFB01scal \uFB02ows \uFF21\uFF22\uFF23 x\u00B2 H\u2082O 5\u2122 \u00BD \u2168",
        "\u0130stanbul I\u0307 \u00DF \u1E9E \u01C5 \u0149",
        "\u039F\u0394\u039F\u03A3 \u039F\u0394\u039F\u03A3A \u03A3",
        "cafe\u0301 \u212B \u2126 \u00B5m \u017Fun \u00AA",
        "\u2460 \u2474 \u2488 \u3251 \u00B9\u2070 \u0661\u0662 \u0967",
        "\u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4 \u1100\u1161 \u0E44\u0E17\u0E22",
        "soft\u00ADhyphen zero\u200Bwidth join\u200Dme \U0001F600smile",
        "state\u2019s don't `q' \u02BCokina \u2018x\u2019 a_b",
        "\u0915\u094D\u0937 \u05E9\u05B8\u05DC\u05D5\u05B9\u05DD \u0645\u0631\u062D\u0628\u0627",
        "\u33A1 \u2103 \u2116 \u3000full\u3000space \uFE63dash \u2026",
    };
    const std::filesystem::path scorer =
        std::filesystem::path(ARGMAP_SHARED_DIR) / "eval" / "score.py";
    if (!testing::Needs(
            std::filesystem::exists(scorer) && std::system("python3 -c '' 2>/dev/null") == 0,
            "no " + scorer.string() + " or no python3"))
      return;
    testing::RunDir dir;
    std::string lines;
    for (const std::string& t : texts) lines += t + "\n";
    dir.Write("texts.txt", lines);
    testing::ArgmapRun py = dir.Shell(
        "python3 -c 'import importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location(\"score\", sys.argv[1])\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "for line in open(\"texts.txt\", encoding=\"utf-8\"):\n"
        "    text = line.rstrip(\"\\n\")\n"
        "    words = [w for w in m.re.findall(r\"[^\\W_]+\", m.unicodedata.normalize(\"NFKC\", "
        "text).lower().translate({0x2018: None, 0x2019: None, 0x60: None, 0x27: None, 0x2bc: "
        "None}))]\n"
        "    assert sorted(words) == sorted(m.words(text).elements()), text\n"
        "    print(\" \".join(words))' " +
        testing::Sh(scorer.string()));
    REQUIRE(py.status == 0);
    std::vector<std::string> want;
    size_t start = 0;
    for (size_t nl = py.out.find('\n'); nl != std::string::npos; nl = py.out.find('\n', start)) {
      want.push_back(py.out.substr(start, nl - start));
      start = nl + 1;
    }
    REQUIRE(want.size() == texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      CAPTURE(texts[i]);
      std::string got;
      for (const std::string& w : EvalWords(texts[i])) got += (got.empty() ? "" : " ") + w;
      CHECK(got == want[i]);
    }
  }
}

}  // namespace
}  // namespace argmap
