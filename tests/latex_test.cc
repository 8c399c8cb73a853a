// Tests of read/latex: every accent spelling, special letters, escapes,
// ligatures, named symbols, font commands, braces and white space.
#include "read/latex.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

struct Case {
  std::string raw;
  std::string text;
};

TEST_SUITE("latex") {
  TEST_CASE("accents are decoded in every spelling") {
    const Case cases[] = {
        {R"({\"u})", "ü"},
        {R"(\"{u})", "ü"},
        {R"(\"u)", "ü"},
        {R"(M{\"u}ller)", "Müller"},
        {R"({\'e})", "é"},
        {R"(\'e)", "é"},
        {R"(\'{E}cole)", "École"},
        {R"(\`a)", "à"},
        {R"(\^o)", "ô"},
        {R"(\~n)", "ñ"},
        {R"(\c{c})", "ç"},
        {R"(\c c)", "ç"},
        {R"(Fran\c{c}ois)", "François"},
        {R"(\v{s})", "š"},
        {R"(\v{S}koda)", "Škoda"},
        {R"({\'\i})", "í"},
        {R"(\'{\i})", "í"},
        {R"(\H{o})", "ő"},
        {R"(\k{a})", "ą"},
        {R"(\r{a})", "å"},
        {R"(\u{g})", "ğ"},
        {R"(\={o})", "ō"},
        {R"(\.{z})", "ż"},
        {R"(\d{s})", "ṣ"},
        {R"(\"{q})", "q\u0308"},
        {R"(\'{})", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(DecodeLatex(c.raw) == c.text);
    }
  }

  TEST_CASE("special letters, escapes and symbols become their characters") {
    const Case cases[] = {
        {R"(Stra{\ss}e)", "Straße"},
        {R"(Stra\ss{}e)", "Straße"},
        {R"({\o}stergaard)", "østergaard"},
        {R"({\AE}sop and {\ae}on)", "Æsop and æon"},
        {R"({\l}{\'o}d{\'z})", "łódź"},
        {R"(R\&D, 5\%, \$10, a\_b, \#1, \{x\})", "R&D, 5%, $10, a_b, #1, {x}"},
        {R"(1990{\textendash}2000)", "1990–2000"},
        {R"(war\textemdash peace)", "war—peace"},
        {R"(see \S 4 \ldots)", "see §4 …"},
        {R"(a \textless{} b \textgreater{} c)", "a < b > c"},
        {R"(\LaTeX\ and \TeX)", "LaTeX and TeX"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(DecodeLatex(c.raw) == c.text);
    }
  }

  TEST_CASE("dashes and quotes become typographic ligatures") {
    const Case cases[] = {
        {"1990--2000", "1990–2000"},      {"war---and peace", "war—and peace"},
        {"well-known", "well-known"},     {"``hedging''", "“hedging”"},
        {"`soft' power", "‘soft' power"}, {"the state's role", "the state's role"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(DecodeLatex(c.raw) == c.text);
    }
  }

  TEST_CASE("commands and braces are dropped and their text kept") {
    const Case cases[] = {
        {"{NATO} and the {EU}", "NATO and the EU"},
        {R"(\emph{rally} effects)", "rally effects"},
        {R"(\textit{de facto} and \textbf {bold})", "de facto and bold"},
        {R"(\href{https://example.org}{the site})", "the site"},
        {R"(p $<$ 0.05)", "p < 0.05"},
        {R"($\alpha$ and $\chi^2$)", "α and χ^2"},
        {R"(\noindent Text)", "Text"},
        {R"(a~b)", "a b"},
        {R"(a\,b)", "a b"},
        {R"(unbalanced {brace)", "unbalanced brace"},
        {R"(stray \)", "stray"},
        {"Ünïcode stays", "Ünïcode stays"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.raw);
      CHECK(DecodeLatex(c.raw) == c.text);
    }
  }

  TEST_CASE("white space collapses, and a blank line stays a paragraph break") {
    CHECK(DecodeLatex("  One\n   line\twrapped.  ") == "One line wrapped.");
    CHECK(DecodeLatex("First.\n\n  Second.") == "First.\n\nSecond.");
    CHECK(DecodeLatex(R"(First.\par Second.)") == "First.\n\nSecond.");
  }

  TEST_CASE("deeply nested accent arguments do not recurse without bound") {
    std::string raw;
    for (int i = 0; i < 20000; ++i) raw += "\\'{";
    raw += "e";
    CHECK(DecodeLatex(raw).size() < raw.size());
  }

  TEST_CASE("verbatim fields only lose braces and escapes") {
    CHECK(DecodeLatexVerbatim("{10.1000/ab\\_c--d}") == "10.1000/ab_c--d");
    CHECK(DecodeLatexVerbatim(" https://x.org/\\~u?a=1\\&b=2 ") == "https://x.org/~u?a=1&b=2");
  }
}

}  // namespace
}  // namespace argmap
