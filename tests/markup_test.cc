// Tests of read/markup: JATS and HTML tags, blocks as lines, entities.
#include "read/markup.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

TEST_SUITE("markup") {
  TEST_CASE("JATS markup is stripped to lines of text") {
    struct Case {
      std::string markup;
      std::string text;
    };
    const Case cases[] = {
        {"<jats:p>Plain.</jats:p>", "Plain."},
        {"<jats:title>Abstract</jats:title><jats:p>Mediators   build\n trust.</jats:p>",
         "Abstract\nMediators build trust."},
        {"<jats:sec><jats:title>Methods</jats:title><jats:p>A survey.</jats:p></jats:sec>"
         "<jats:sec><jats:title>Results</jats:title><jats:p>Trust <jats:italic>rises</jats:italic>"
         " by 4<jats:sup>%</jats:sup>.</jats:p></jats:sec>",
         "Methods\nA survey.\nResults\nTrust rises by 4%."},
        {"<p>HTML <i>too</i>.<br/>Next line.</p>", "HTML too.\nNext line."},
        {"Aid &amp; trade &lt;b&gt; &quot;q&quot; &apos;s&apos;", "Aid & trade <b> \"q\" 's'"},
        {"1990&#8211;2000 and &#x2014; and a&nbsp;b", "1990–2000 and — and a b"},
        {"AT&T & co; &bogus; &#xZZ; &#0;", "AT&T & co; &bogus; &#xZZ; &#0;"},
        {"x < y and a <3", "x < y and a <3"},
        {"&alpha;=0.05, &plusmn;2 &ge; 1 &le; 3, 4&times;5, 37&deg;C, 5&micro;g, &Eacute;cole "
         "caf&eacute; &egrave; &uuml;ber, 1990&ndash;2000&mdash;&hellip;",
         "α=0.05, ±2 ≥ 1 ≤ 3, 4×5, 37°C, 5µg, École café è über, 1990–2000—…"},
        {"&Beta; &beta; &ALPHA; &eacute &notanentity;", "Β β &ALPHA; &eacute &notanentity;"},
        // A '<' that opens no well-formed tag is text: nothing up to the next '>' is lost.
        {"<jats:p>Viral loads <LLOQ predict survival. We find that <i>x</i> rises.</jats:p>",
         "Viral loads <LLOQ predict survival. We find that x rises."},
        {"<p>p <0.05 and n <= 10 and a<b, c>d</p>", "p <0.05 and n <= 10 and a<b, c>d"},
        {"<p class=\"x\" id='y' data-n=3>Kept</p><br /><img src=\"a>b\"/>.", "Kept\n."},
        {"a <b c> d </b x> e <b/ > f", "a <b c> d </b x> e <b/ > f"},
        {"<!-- note -->Kept <![CDATA[a <raw> part]]>.", "Kept a <raw> part."},
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.markup);
      CHECK(StripMarkup(c.markup) == c.text);
    }
  }
}

}  // namespace
}  // namespace argmap
