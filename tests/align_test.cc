#include "compare/align.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "compare/term_index.h"

namespace argmap {
namespace {

struct Paper {
  std::string id;
  std::string text;  // the abstract
  std::vector<std::pair<NodeType, std::string>> nodes;
};

struct Corpus {
  ArgumentGraph graph;
  std::vector<Document> documents;
};

Corpus Build(const std::vector<Paper>& papers) {
  Corpus c;
  for (const Paper& p : papers) {
    Document d;
    d.id = p.id;
    d.text = p.text;
    c.documents.push_back(d);
    int k = 0;
    for (const auto& [type, text] : p.nodes) {
      Node n;
      n.id = p.id + "/n" + std::to_string(++k);
      n.doc = p.id;
      n.type = type;
      n.text = text;
      c.graph.AddNode(n);
    }
  }
  return c;
}

// "a-id b-id stance" for each link, in order.
std::vector<std::string> Show(const Corpus& c, const std::vector<Alignment>& links) {
  std::vector<std::string> out;
  for (const Alignment& a : links) {
    out.push_back(c.graph.node(a.a).id + " " + c.graph.node(a.b).id + " " +
                  std::string(StanceName(a.stance)));
  }
  return out;
}

const std::vector<Paper>& ThreePapers() {
  static const std::vector<Paper> papers = {
      {"deter",
       "Small states under an ally's nuclear umbrella. It is not in the interest of small states "
       "to leave the nuclear umbrella of their ally. Nuclear deterrence keeps them safe.",
       {{NodeType::kConclusion,
         "it is not in the interest of small states to leave the nuclear umbrella of their ally"},
        {NodeType::kClaim, "nuclear deterrence keeps small states safe"}}},
      {"doubt",
       "The nuclear umbrella of the alliance is not credible. Arms control is the better path. "
       "Small states doubt nuclear deterrence.",
       {{NodeType::kClaim, "the nuclear umbrella of the alliance is not credible"},
        {NodeType::kPremise, "small states doubt nuclear deterrence"},
        {NodeType::kConclusion, "arms control is the better path"}}},
      {"trade",
       "Trade openness raises growth in poor economies. Tariffs lower growth over time.",
       {{NodeType::kConclusion, "trade openness raises growth in poor economies"},
        {NodeType::kClaim, "tariffs lower growth over time"}}},
  };
  return papers;
}

}  // namespace

TEST_SUITE("align") {
  TEST_CASE("claims of different papers that share rare terms are linked, strongest first") {
    Corpus c = Build(ThreePapers());
    CompareStats stats;
    std::vector<Alignment> links = AlignPapers(c.graph, c.documents, {}, &stats);
    CHECK(Show(c, links) == std::vector<std::string>{"deter/n1 doubt/n1 contrasts"});
    REQUIRE(links.size() == 1);
    const Alignment& a = links[0];
    CHECK(a.terms == std::vector<std::string>{"nuclear umbrella"});
    CHECK(a.cue == "not ... interest ... leave / not credible");
    CHECK(a.score == doctest::Approx(std::sqrt(a.claim_score * a.paper_score)));
    CHECK(a.score >= 0.15);
    CHECK(stats.papers == 3);
    CHECK(stats.nodes == 6);  // claims and conclusions only
  }

  TEST_CASE("a link's score must reach the threshold") {
    Corpus c = Build(ThreePapers());
    std::vector<Alignment> links = AlignPapers(c.graph, c.documents, {});
    REQUIRE(links.size() == 1);
    CompareOptions options;
    options.threshold = links[0].score;
    CHECK(AlignPapers(c.graph, c.documents, options).size() == 1);
    options.threshold = links[0].score + 1e-6;
    CHECK(AlignPapers(c.graph, c.documents, options).empty());
  }

  TEST_CASE("claims of one paper, and premises, are never aligned") {
    Corpus c =
        Build({{"one",
                "Sanctions fail. Sanctions fail.",
                {{NodeType::kClaim, "sanctions fail"}, {NodeType::kConclusion, "sanctions fail"}}},
               {"two", "Sanctions fail.", {{NodeType::kPremise, "sanctions fail"}}}});
    CompareOptions options;
    options.threshold = 0.01;
    CHECK(AlignPapers(c.graph, c.documents, options).empty());
  }

  TEST_CASE("a link needs min_shared terms, and each claim keeps its max_links strongest") {
    std::vector<Paper> papers = {{"hub",
                                  "Sanctions fail against autocracies.",
                                  {{NodeType::kClaim, "sanctions fail against autocracies"}}}};
    for (int k = 1; k <= 4; ++k) {
      papers.push_back({"p" + std::to_string(k),
                        "Sanctions fail against autocracies and " + std::string(k, 'x') + "land.",
                        {{NodeType::kClaim, "sanctions fail against autocracies"}}});
    }
    Corpus c = Build(papers);
    CompareOptions options;
    options.max_links = 1;
    std::vector<Alignment> links = AlignPapers(c.graph, c.documents, options);
    // Every p<k> is closest to the hub (the hub's abstract is the closest to
    // each of theirs), and the hub's own best is p1 (a tie, so the earlier);
    // no p<k> keeps a link to another p<k>.
    CHECK(Show(c, links) == std::vector<std::string>{"hub/n1 p1/n1 agrees", "hub/n1 p2/n1 agrees",
                                                     "hub/n1 p3/n1 agrees", "hub/n1 p4/n1 agrees"});
    options.max_links = 5;
    CHECK(AlignPapers(c.graph, c.documents, options).size() == 10);
    options.min_shared = 5;  // they share four: "sanction", "fail", "sanction fail", "autocraci"
    CHECK(AlignPapers(c.graph, c.documents, options).empty());
  }

  TEST_CASE("papers without text are compared by the text of their nodes") {
    Corpus c = Build(ThreePapers());
    for (Document& d : c.documents) d.text.clear();
    std::vector<Alignment> links = AlignPapers(c.graph, c.documents, {});
    REQUIRE_FALSE(links.empty());
    CHECK(c.graph.node(links[0].a).id == "deter/n1");
    CHECK(c.graph.node(links[0].b).id == "doubt/n1");
  }

  TEST_CASE("the inverted index finds the links that comparing every pair finds") {
    // 300 papers of two claims each, over a small vocabulary, so that common
    // words pass the cap (a term in more than 100 claims proposes no pairs).
    const std::vector<std::string> words = {"sanction", "trade",    "alliance", "deterrence",
                                            "aid",      "conflict", "rebel",    "treaty",
                                            "election", "growth",   "reform",   "mission"};
    std::mt19937 rng(7);
    std::vector<Paper> papers;
    for (int p = 0; p < 300; ++p) {
      Paper paper{"p" + std::to_string(p), "", {}};
      for (int k = 0; k < 2; ++k) {
        std::string text = "policy";  // in every claim
        for (int w = 0; w < 4; ++w) text += " " + words[rng() % words.size()];
        paper.nodes.push_back({NodeType::kClaim, text});
        paper.text += text + ". ";
      }
      papers.push_back(paper);
    }
    Corpus c = Build(papers);
    CompareOptions options;
    options.threshold = 0.3;
    options.max_links = 1000;  // keep every link, to compare with all pairs
    std::set<std::pair<NodeIndex, NodeIndex>> found;
    for (const Alignment& a : AlignPapers(c.graph, c.documents, options)) found.insert({a.a, a.b});

    TermIndex index;
    std::vector<TermVector> paper_vectors;
    std::vector<std::vector<TermId>> ids;
    for (const Document& d : c.documents) ids.push_back(index.AddDocument(d.text));
    for (auto& i : ids) paper_vectors.push_back(index.Weigh(i));
    std::vector<TermVector> claims;
    for (NodeIndex v = 0; v < c.graph.node_count(); ++v) {
      claims.push_back(index.Vectorize(c.graph.node(v).text));
    }
    auto cosine = [](const TermVector& x, const TermVector& y, size_t* shared) {
      double dot = 0;
      *shared = 0;
      for (const WeightedTerm& a : x.terms) {
        for (const WeightedTerm& b : y.terms) {
          if (a.id == b.id) {
            dot += static_cast<double>(a.weight) * b.weight;
            ++*shared;
          }
        }
      }
      return dot / (x.norm * y.norm);
    };
    std::set<std::pair<NodeIndex, NodeIndex>> expected;
    for (NodeIndex a = 0; a < claims.size(); ++a) {
      for (NodeIndex b = a + 1; b < claims.size(); ++b) {
        if (a / 2 == b / 2) continue;  // the same paper
        size_t shared = 0;
        size_t unused = 0;
        double claim = cosine(claims[a], claims[b], &shared);
        double paper = cosine(paper_vectors[a / 2], paper_vectors[b / 2], &unused);
        if (std::sqrt(claim * paper) >= 0.3 + 1e-9 && shared >= 2) expected.insert({a, b});
      }
    }
    CHECK(expected.size() > 100);
    for (const auto& pair : expected) {
      CAPTURE(pair.first);
      CAPTURE(pair.second);
      CHECK(found.count(pair) == 1);
    }
    CHECK(found.size() >= expected.size());
  }

  TEST_CASE("the number of threads does not change the links") {
    std::vector<Paper> papers;
    for (int p = 0; p < 3000; ++p) {
      std::string text = "claim " + std::to_string(p % 7) + " about sanctions and trade" +
                         (p % 3 ? " with allies" : " with rivals");
      papers.push_back({"p" + std::to_string(p), text, {{NodeType::kClaim, text}}});
    }
    Corpus c = Build(papers);
    CompareOptions one;
    one.threshold = 0.5;
    CompareOptions four = one;
    four.jobs = 4;
    std::vector<Alignment> a = AlignPapers(c.graph, c.documents, one);
    std::vector<Alignment> b = AlignPapers(c.graph, c.documents, four);
    REQUIRE(a.size() == b.size());
    CHECK_FALSE(a.empty());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].a == b[i].a);
      CHECK(a[i].b == b[i].b);
      CHECK(a[i].score == b[i].score);
    }
  }
}

}  // namespace argmap
