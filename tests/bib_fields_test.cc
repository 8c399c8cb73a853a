// Tests of read/bib_fields: name order, years and DOIs.
#include "read/bib_fields.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

struct Case {
  std::string input;
  std::string output;
};

TEST_SUITE("bib_fields") {
  TEST_CASE("an inverted name is put in reading order") {
    const Case cases[] = {
        {"Roe, Jane", "Jane Roe"},
        {"  Roe ,  Jane A. ", "Jane A. Roe"},
        {"Jane Roe", "Jane Roe"},
        {"Roe, Jr., Jane", "Jane Roe Jr."},
        {"Roe,", "Roe"},
        {"{Barnes, Noble and Co.}", "{Barnes, Noble and Co.}"},
        {"van der Berg, Anna", "Anna van der Berg"},
        {"M{\\\"u}ller, J{\\\"o}rg", "J{\\\"o}rg M{\\\"u}ller"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(NaturalName(c.input) == c.output);
    }
  }

  TEST_CASE("the year is the first run of four digits") {
    const Case cases[] = {
        {"2019", "2019"},  {"2019-05-01", "2019"}, {"2019///", "2019"},
        {"c2019", "2019"}, {"May 2019", "2019"},   {"12/05/2019", "2019"},
        {"20190", ""},     {"n.d.", ""},           {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(YearOf(c.input) == c.output);
    }
  }

  TEST_CASE("a DOI loses its resolver prefix") {
    const Case cases[] = {
        {"10.1000/xyz", "10.1000/xyz"},
        {" https://doi.org/10.1000/XYZ ", "10.1000/XYZ"},
        {"HTTP://DX.DOI.ORG/10.1/a", "10.1/a"},
        {"doi: 10.1/b", "10.1/b"},
        {"https://example.org/10.1/c", "https://example.org/10.1/c"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(NormalizeDoi(c.input) == c.output);
    }
  }
}

}  // namespace
}  // namespace argmap
