// Tests of src/model/model_file: reading and writing argmap's model file, its
// messages for bad lines, and the built-in model.
#include "model/model_file.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/reason.h"

namespace argmap {
namespace {

struct Result {
  bool ok = false;
  Model model;
  std::string messages;  // each diagnostic formatted whole
};

Result Parse(std::string_view content) {
  Result r;
  std::vector<Diagnostic> diags;
  r.ok = ParseModel("m.model", content, &r.model, &diags);
  for (const Diagnostic& d : diags) r.messages += d.Format();
  return r;
}

const char* const kGood =
    "# a comment\n"
    "classes roles none claim premise\n"
    "classes relations none supports attacks\n"
    "\n"
    "roles (bias) none 0.500000\n"
    "roles word:because premise 1.250000\n"
    "relations roles=premise>claim supports 2.000000\n";

}  // namespace

TEST_SUITE("model_file") {
  TEST_CASE("a model file gives both models with their classes and weights") {
    Result r = Parse(kGood);
    CHECK(r.ok);
    CHECK(r.messages == "");
    CHECK(r.model.roles.classes() == std::vector<std::string>{"none", "claim", "premise"});
    CHECK(r.model.roles.Weight("word:because", 2) == doctest::Approx(1.25));
    CHECK(r.model.roles.Weight("(bias)", 0) == doctest::Approx(0.5));
    CHECK(r.model.relations.Weight("roles=premise>claim", 1) == doctest::Approx(2.0));
  }

  TEST_CASE("a model written and read again is the same text") {
    Result r = Parse(kGood);
    std::string text = SerializeModel(r.model, "made by a test");
    CHECK(text ==
          "# made by a test\n"
          "classes roles none claim premise\n"
          "classes relations none supports attacks\n"
          "roles (bias) none 0.500000\n"
          "roles word:because premise 1.250000\n"
          "relations roles=premise>claim supports 2.000000\n");
    Result again = Parse(text);
    CHECK(again.ok);
    CHECK(SerializeModel(again.model, "made by a test") == text);
  }

  TEST_CASE("bad lines are reported with the line and a caret") {
    struct Case {
      const char* content;
      const char* message;
    };
    const Case cases[] = {
        {"roles x claim 1\n",
         "m.model:1:1: error: weights before 'classes roles'\nroles x claim 1\n^\n"},
        {"classes roles none claim\nroles x claim\n",
         "m.model:2:1: error: expected 'roles FEATURE CLASS WEIGHT', got 3 fields\n"
         "roles x claim\n^\n"},
        {"classes roles none claim\nroles x claimm 1\n",
         "m.model:2:9: error: unknown class 'claimm', did you mean 'claim'?\n"
         "roles x claimm 1\n        ^\n"},
        {"classes roles none claim\nroles x claim one\n",
         "m.model:2:15: error: expected a number, got 'one'\nroles x claim one\n              ^\n"},
        {"classes roles none claim\nclasses roles none claim\n",
         "m.model:2:9: error: classes given twice\nclasses roles none claim\n        ^\n"},
        {"classes votes none claim\n",
         "m.model:1:9: error: expected 'classes roles' or 'classes relations'\n"
         "classes votes none claim\n        ^\n"},
        {"classes roles none\n",
         "m.model:1:1: error: a model needs two classes or more\nclasses roles none\n^\n"},
        {"classes roles none claim option\n",
         "m.model:1:26: error: unknown class 'option'\nclasses roles none claim option\n"
         "                         ^\n"},
        {"classes roles none claim claim\n",
         "m.model:1:26: error: class 'claim' given twice\nclasses roles none claim claim\n"
         "                         ^\n"},
        {"classes relations supports attacks\n",
         "m.model:1:1: error: a model's classes must include 'none'\n"
         "classes relations supports attacks\n^\n"},
        {"classes roles none claim\nroles x claim nan\n",
         "m.model:2:15: error: expected a number, got 'nan'\nroles x claim nan\n              ^\n"},
        {"classes roles none claim\nroles x claim inf\n",
         "m.model:2:15: error: expected a number, got 'inf'\nroles x claim inf\n              ^\n"},
        {"role x claim 1\n",
         "m.model:1:1: error: unknown line 'role', did you mean 'roles'?\nrole x claim 1\n^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      Result r = Parse(c.content);
      CHECK_FALSE(r.ok);
      CHECK(r.messages == c.message);
    }
  }

  TEST_CASE("a model file with classes but no weights is an empty model") {
    Result r = Parse("classes roles none claim conclusion premise purpose method\n");
    CHECK(r.ok);
    CHECK(r.model.roles.empty());
    r = Parse("classes roles none claim\nroles (bias) claim 0.5\n");
    CHECK_FALSE(r.model.roles.empty());
  }

  TEST_CASE("a missing model file is an error naming it") {
    Model m;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(LoadModel("no/such.model", &m, &diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].Header().starts_with("no/such.model: error: "));
  }

  TEST_CASE("the built-in model parses and has both scorers") {
    Model m;
    std::vector<Diagnostic> diags;
    CHECK(LoadModel("", &m, &diags));
    CHECK(diags.empty());
    CHECK(m.roles.classes() == RoleClasses());
    CHECK(m.relations.classes() == RelationClasses());
    CHECK_FALSE(DefaultModel().roles.empty());
  }

  TEST_CASE("a reason is written as its feature and a signed weight, and read back") {
    CHECK(FormatReason({"rule:general/we-argue=claim", 2.3456}) ==
          "rule:general/we-argue=claim +2.346");
    CHECK(FormatReason({"sentence=first", -0.5}) == "sentence=first -0.500");
    Reason r;
    CHECK(ParseReason("sentence=first -0.500", &r));
    CHECK(r.feature == "sentence=first");
    CHECK(r.weight == doctest::Approx(-0.5));
    CHECK(ParseReason("word:x +1.000", &r));
    CHECK(r.weight == doctest::Approx(1.0));
    for (const char* bad : {"", "word:x", " +1.0", "word:x ", "word:x one"}) {
      CAPTURE(bad);
      CHECK_FALSE(ParseReason(bad, &r));
    }
  }
}

}  // namespace argmap
