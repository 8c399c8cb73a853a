// Tests for the closed word classes the text stages consult.
#include "text/lexicon.h"

#include <doctest/doctest.h>

namespace argmap {

TEST_SUITE("lexicon") {
  TEST_CASE("abbreviations are sorted by whether they can end a sentence") {
    for (const char* w : {"e.g", "i.e", "cf", "vs", "dr", "prof", "fig", "pp"}) {
      CAPTURE(w);
      CHECK(IsNonFinalAbbreviation(w));
    }
    for (const char* w : {"etc", "inc", "u.s", "no", "e.g."}) {
      CAPTURE(w);
      CHECK_FALSE(IsNonFinalAbbreviation(w));
    }
    for (const char* w : {"no", "art", "sec", "feb", "sept", "p"}) {
      CAPTURE(w);
      CHECK(IsNumberAbbreviation(w));
    }
    CHECK_FALSE(IsNumberAbbreviation("war"));
  }

  TEST_CASE("sentence starters are common sentence-initial words") {
    for (const char* w : {"the", "this", "however", "we", "in", "results"}) {
      CAPTURE(w);
      CHECK(IsSentenceStarter(w));
    }
    for (const char* w : {"congress", "forces", "senate", "The"}) {
      CAPTURE(w);
      CHECK_FALSE(IsSentenceStarter(w));
    }
  }

  TEST_CASE("clause openers, subordinators and auxiliaries") {
    CHECK(IsClauseOpener("which"));
    CHECK(IsClauseOpener("thereby"));
    CHECK(IsClauseOpener("i.e"));
    CHECK(IsClauseOpener("respectively"));
    CHECK_FALSE(IsClauseOpener("that"));
    CHECK_FALSE(IsClauseOpener("the"));
    CHECK(IsSubordinator("although"));
    CHECK(IsSubordinator("when"));
    CHECK_FALSE(IsSubordinator("since"));
    CHECK(IsFurtherResearchRemark("conduct a further deductive study on other cases"));
    CHECK(IsFurtherResearchRemark("Future research should examine Asia"));
    CHECK(IsFurtherResearchRemark("more trials are needed"));
    CHECK_FALSE(IsFurtherResearchRemark("further, aid works where donors coordinate their aims"));
    CHECK_FALSE(IsFurtherResearchRemark("this study finds that aid works"));
    CHECK(IsContrastWord("although"));
    CHECK(IsContrastWord("but"));
    CHECK_FALSE(IsContrastWord("because"));
    CHECK(IsAuxiliary("are"));
    CHECK(IsAuxiliary("could"));
    CHECK_FALSE(IsAuxiliary("determine"));
  }

  TEST_CASE("reporting verbs are recognized in their regular forms") {
    for (const char* w : {"find", "finds", "found", "argue", "argues", "argued", "shows", "shown",
                          "suggested", "concludes", "notes", "expected"}) {
      CAPTURE(w);
      CHECK(IsReportingVerb(w));
    }
    for (const char* w : {"finding", "argument", "nothing", "shower", "factors"}) {
      CAPTURE(w);
      CHECK_FALSE(IsReportingVerb(w));
    }
  }

  TEST_CASE("participles are long -ing words other than prepositions") {
    CHECK(IsParticiple("lowering"));
    CHECK(IsParticiple("testing"));
    CHECK_FALSE(IsParticiple("king"));
    CHECK_FALSE(IsParticiple("during"));
    CHECK_FALSE(IsParticiple("according"));
    CHECK_FALSE(IsParticiple("test"));
  }

  TEST_CASE("intro words open introductory phrases") {
    for (const char* w : {"in", "based", "given", "however", "first", "to", "compared"}) {
      CAPTURE(w);
      CHECK(IsIntroWord(w));
    }
    for (const char* w : {"the", "rebels", "trade", "that"}) {
      CAPTURE(w);
      CHECK_FALSE(IsIntroWord(w));
    }
  }
}

}  // namespace argmap
