// Tests of src/text/language: CLD2 names the language of abstracts that are
// surely not English, and leaves short, mixed and English texts alone.
#include "text/language.h"

#include <doctest/doctest.h>

#include <string>

#include "read_result.h"

namespace argmap {
namespace {

const char* const kEnglish =
    "We argue that sanctions rarely change regimes because ruling elites adapt to them. The "
    "results show that targeted measures work better than broad embargoes.";

TEST_SUITE("language") {
  TEST_CASE("abstracts in other languages are named, English ones are not") {
    struct Case {
      const char* text;
      bool english;
      const char* name;
    };
    const Case cases[] = {
        {kEnglish, true, "ENGLISH"},
        {"Wir argumentieren, dass Sanktionen selten Regime verändern, weil die herrschenden "
         "Eliten sich anpassen. Die Ergebnisse zeigen, dass gezielte Maßnahmen wirksamer sind.",
         false, "GERMAN"},
        {"Nous soutenons que les sanctions changent rarement les régimes, parce que les élites "
         "au pouvoir s'y adaptent. Les résultats montrent que les mesures ciblées sont efficaces.",
         false, "FRENCH"},
        {"Sostenemos que las sanciones rara vez cambian los regímenes porque las élites "
         "gobernantes se adaptan a ellas. Los resultados muestran que las medidas focalizadas "
         "funcionan mejor.",
         false, "SPANISH"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      DetectedLanguage lang = DetectLanguage(c.text);
      CHECK(lang.english == c.english);
      CHECK(lang.name == c.name);
    }
  }

  TEST_CASE("short, mixed and undecodable texts are never flagged") {
    CHECK(DetectLanguage("Wir argumentieren, dass Sanktionen wirken.").english);  // too short
    std::string quoted = std::string(kEnglish) +
                         " As the German saying goes, \"Vertrauen ist gut, Kontrolle ist besser\".";
    CHECK(DetectLanguage(quoted).english);
    CHECK(DetectLanguage(std::string(200, '\xff')).english);
    CHECK(DetectLanguage(std::string(300, '7')).english);
    CHECK(DetectLanguage("").english);
  }

  TEST_CASE("CLD2's names read as words") {
    CHECK(DisplayLanguageName("GERMAN") == "German");
    CHECK(DisplayLanguageName("SCOTS_GAELIC") == "Scots Gaelic");
    CHECK(DisplayLanguageName("ChineseT") == "Chinese (Traditional)");
    CHECK(DisplayLanguageName("Unknown") == "Unknown");
  }

  TEST_CASE("a reader warns of an abstract in another language and still reads it") {
    testing::ReadResult r = testing::ReadString(
        std::string(kEnglish) +
            "\n\nNous soutenons que les sanctions changent rarement les régimes, parce que les "
            "élites au pouvoir s'y adaptent. Les résultats montrent que les mesures ciblées "
            "sont efficaces.\n",
        "mixed.txt");
    CHECK(r.ok);
    CHECK(r.docs.size() == 2);
    CHECK(r.messages ==
          "mixed.txt:3: warning: record 2 ('mixed#2') looks French, not English: argmap reads "
          "English abstracts, so its map may be empty or wrong\n");
  }
}

}  // namespace
}  // namespace argmap
