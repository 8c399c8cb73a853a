// Made-up gold abstracts (the format of eval/gold.h) for the end-to-end tests
// of `argmap eval` and `argmap train`.
#ifndef ARGMAP_TESTS_GOLD_SAMPLE_H_
#define ARGMAP_TESTS_GOLD_SAMPLE_H_

#include <string>

namespace argmap::testing {

// Four annotated abstracts, one a line.
inline const char* const kGold =
    R"({"id": "c1", "text": "Tram use grew in every district after the new line opened. We )"
    R"(conclude that light rail pays for itself in mid-sized towns.", "components": [{"id": )"
    R"("T1", "role": "premise", "text": "Tram use grew in every district after the new line )"
    R"(opened"}, {"id": "T2", "role": "conclusion", "text": "light rail pays for itself in )"
    R"(mid-sized towns"}], "relations": [{"source": "T1", "target": "T2", "type": )"
    R"("supports"}]})"
    "\n"
    R"({"id": "c2", "text": "We argue that longer recess improves attention in class. Test )"
    R"(scores grew in the schools that tried it.", "components": [{"id": "T1", "role": )"
    R"("claim", "text": "longer recess improves attention in class"}, {"id": "T2", "role": )"
    R"("premise", "text": "Test scores grew in the schools that tried it"}], "relations": )"
    R"([{"source": "T2", "target": "T1", "type": "supports"}]})"
    "\n"
    R"({"id": "c3", "text": "Membership grew once the clubs dropped their fees. We conclude )"
    R"(that cost keeps young people out of sport.", "components": [{"id": "T1", "role": )"
    R"("premise", "text": "Membership grew once the clubs dropped their fees"}, {"id": "T2", )"
    R"("role": "major_claim", "text": "cost keeps young people out of sport"}], )"
    R"("relations": [{"source": "T1", "target": "T2", "type": "supports"}]})"
    "\n"
    R"({"id": "c4", "text": "We argue that river buffers protect farmland from floods. Crop )"
    R"(yields grew on the farms behind the new buffers.", "components": [{"id": "T1", )"
    R"("role": "claim", "text": "river buffers protect farmland from floods"}, {"id": "T2", )"
    R"("role": "premise", "text": "Crop yields grew on the farms behind the new buffers"}], )"
    R"("relations": [{"source": "T2", "target": "T1", "type": "supports"}]})"
    "\n";

// kGold with "Orléans" in its first abstract and gold component, `e_acute` standing for é.
inline std::string GoldWithAccent(const std::string& e_acute) {
  std::string gold = kGold;
  const std::string towns = "mid-sized towns";
  for (size_t at = gold.find(towns); at != std::string::npos; at = gold.find(towns, at + 1)) {
    gold.insert(at + towns.size(), " like Orl" + e_acute + "ans");
  }
  return gold;
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_GOLD_SAMPLE_H_
