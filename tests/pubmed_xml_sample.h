// A PubMed XML file of made-up articles for the streaming tests: the shape of
// PubMed's baseline files (XML declaration, DOCTYPE, one <PubmedArticleSet>,
// one element per line), with what a chunk boundary must survive: articles
// without an abstract, structured abstracts, a book record, a comment holding
// an end tag, and deleted citations at the end.
#ifndef ARGMAP_TESTS_PUBMED_XML_SAMPLE_H_
#define ARGMAP_TESTS_PUBMED_XML_SAMPLE_H_

#include <string>

namespace argmap::testing {

// One <PubmedArticle> with PMID 1000 + i, as PubMed indents it.
inline std::string PubmedArticleSample(int i) {
  static const char* const kClaims[] = {
      "We argue that community clinics reduce emergency visits, because patients are seen "
      "earlier.",
      "The results show that reminder letters raise vaccination rates. We conclude that "
      "letters are worth their cost.",
      "Patients given drug A slept longer than those given placebo (P = .02). Drug A is "
      "therefore effective for insomnia.",
      "Although screening finds tumours earlier, it does not lower mortality. Hence "
      "screening should be targeted.",
  };
  std::string pmid = std::to_string(1000 + i);
  std::string abstract;
  if (i % 7 == 3) {
    abstract = "";  // no abstract: skipped with a warning
  } else if (i % 11 == 5) {
    abstract =
        "        <Abstract>\n"
        "          <AbstractText Label=\"BACKGROUND\" NlmCategory=\"BACKGROUND\">Falls are "
        "common in care homes.</AbstractText>\n"
        "          <AbstractText Label=\"RESULTS\" NlmCategory=\"RESULTS\">Exercise cut falls by "
        "a third; we conclude that it should be offered.</AbstractText>\n"
        "        </Abstract>\n";
  } else {
    abstract = "        <Abstract>\n          <AbstractText>" + std::string(kClaims[i % 4]) +
               " (Sample " + pmid + ".)</AbstractText>\n        </Abstract>\n";
  }
  return "  <PubmedArticle>\n"
         "    <MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n"
         "      <PMID Version=\"1\">" +
         pmid +
         "</PMID>\n"
         "      <Article PubModel=\"Print\">\n"
         "        <Journal><Title>Journal of Made-up Care</Title></Journal>\n"
         "        <ArticleTitle>Made-up study &amp; trial " +
         pmid + "</ArticleTitle>\n" + abstract +
         "      </Article>\n"
         "    </MedlineCitation>\n"
         "  </PubmedArticle>\n";
}

// A file of `articles` articles; a book record after the fifth and a comment
// after the tenth.
inline std::string PubmedXmlSample(int articles) {
  std::string out =
      "<?xml version=\"1.0\" ?>\n"
      "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" "
      "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n"
      "<PubmedArticleSet>\n";
  for (int i = 0; i < articles; ++i) {
    out += PubmedArticleSample(i);
    if (i == 4) {
      out +=
          "  <PubmedBookArticle>\n"
          "    <BookDocument><PMID Version=\"1\">999</PMID></BookDocument>\n"
          "  </PubmedBookArticle>\n";
    }
    if (i == 9) out += "  <!-- not a record end:\n  </PubmedArticle>\n  -->\n";
  }
  return out +
         "  <DeleteCitation>\n"
         "    <PMID Version=\"1\">998</PMID>\n"
         "  </DeleteCitation>\n"
         "</PubmedArticleSet>\n";
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_PUBMED_XML_SAMPLE_H_
