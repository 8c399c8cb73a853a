// The five steps of Porter's algorithm over one word, following the structure
// of his reference C implementation: `b` is the word, `k` the index of its last
// letter, and `j` the end of the stem left by the last suffix test.
#include "compare/porter_stem.h"

namespace argmap {
namespace {

class Stemmer {
 public:
  explicit Stemmer(std::string_view word) : b_(word), k_(static_cast<int>(word.size()) - 1) {}

  // All steps, or only steps 1a to 1c when `inflection_only`.
  std::string Run(bool inflection_only) {
    if (k_ <= 1) return b_;
    Step1ab();
    if (k_ > 0) {
      Step1c();
      if (!inflection_only) {
        Step2();
        Step3();
        Step4();
        Step5();
      }
    }
    return b_.substr(0, k_ + 1);
  }

 private:
  // True when b[i] is a consonant ('y' is one at the start or after a vowel).
  bool Cons(int i) const {
    switch (b_[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i == 0 || !Cons(i - 1);
      default:
        return true;
    }
  }

  // The number of vowel-consonant sequences in b[0..j].
  int M() const {
    int n = 0;
    int i = 0;
    while (i <= j_ && Cons(i)) ++i;
    while (i <= j_) {
      while (i <= j_ && !Cons(i)) ++i;
      if (i > j_) break;
      ++n;
      while (i <= j_ && Cons(i)) ++i;
    }
    return n;
  }

  bool VowelInStem() const {
    for (int i = 0; i <= j_; ++i) {
      if (!Cons(i)) return true;
    }
    return false;
  }

  bool DoubleCons(int i) const { return i >= 1 && b_[i] == b_[i - 1] && Cons(i); }

  // consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").
  bool Cvc(int i) const {
    if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
    char c = b_[i];
    return c != 'w' && c != 'x' && c != 'y';
  }

  // True when b[0..k] ends with `s`; then j is the end of what precedes it.
  bool Ends(std::string_view s) {
    int len = static_cast<int>(s.size());
    if (len > k_ + 1 || std::string_view(b_).substr(k_ + 1 - len, len) != s) return false;
    j_ = k_ - len;
    return true;
  }

  void SetTo(std::string_view s) {
    b_.replace(j_ + 1, k_ - j_, s);
    k_ = j_ + static_cast<int>(s.size());
  }

  void R(std::string_view s) {
    if (M() > 0) SetTo(s);
  }

  // Replaces the first of the (suffix, replacement) pairs that ends the word, if m > 0.
  void ReplaceFirst(std::initializer_list<std::pair<std::string_view, std::string_view>> rules) {
    for (const auto& [suffix, replacement] : rules) {
      if (Ends(suffix)) {
        R(replacement);
        return;
      }
    }
  }

  // Plurals and -ed or -ing: caresses -> caress, ponies -> poni, hopping -> hop.
  void Step1ab() {
    if (b_[k_] == 's') {
      if (Ends("sses")) {
        k_ -= 2;
      } else if (Ends("ies")) {
        SetTo("i");
      } else if (b_[k_ - 1] != 's') {
        --k_;
      }
    }
    if (Ends("eed")) {
      if (M() > 0) --k_;
    } else if ((Ends("ed") || Ends("ing")) && VowelInStem()) {
      k_ = j_;
      if (Ends("at")) {
        SetTo("ate");
      } else if (Ends("bl")) {
        SetTo("ble");
      } else if (Ends("iz")) {
        SetTo("ize");
      } else if (DoubleCons(k_)) {
        --k_;
        char c = b_[k_];
        if (c == 'l' || c == 's' || c == 'z') ++k_;
      } else if (M() == 1 && Cvc(k_)) {
        SetTo("e");
      }
    }
  }

  // A final y after a vowel in the stem becomes i: happy -> happi.
  void Step1c() {
    if (Ends("y") && VowelInStem()) b_[k_] = 'i';
  }

  // Double suffixes to single ones: relational -> relate, digitizer -> digitize.
  void Step2() {
    switch (b_[k_ - 1]) {
      case 'a':
        ReplaceFirst({{"ational", "ate"}, {"tional", "tion"}});
        break;
      case 'c':
        ReplaceFirst({{"enci", "ence"}, {"anci", "ance"}});
        break;
      case 'e':
        ReplaceFirst({{"izer", "ize"}});
        break;
      case 'l':
        ReplaceFirst(
            {{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}});
        break;
      case 'o':
        ReplaceFirst({{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}});
        break;
      case 's':
        ReplaceFirst({{"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}});
        break;
      case 't':
        ReplaceFirst({{"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}});
        break;
      case 'g':
        ReplaceFirst({{"logi", "log"}});
        break;
      default:
        break;
    }
  }

  // -ic-, -full, -ness and the like: triplicate -> triplic, hopeful -> hope.
  void Step3() {
    switch (b_[k_]) {
      case 'e':
        ReplaceFirst({{"icate", "ic"}, {"ative", ""}, {"alize", "al"}});
        break;
      case 'i':
        ReplaceFirst({{"iciti", "ic"}});
        break;
      case 'l':
        ReplaceFirst({{"ical", "ic"}, {"ful", ""}});
        break;
      case 's':
        ReplaceFirst({{"ness", ""}});
        break;
      default:
        break;
    }
  }

  // True when one of `suffixes` ends the word (j then marks its start).
  bool EndsAny(std::initializer_list<std::string_view> suffixes) {
    for (std::string_view s : suffixes) {
      if (Ends(s)) return true;
    }
    return false;
  }

  // Drops -ant, -ence, -ment, ... when the stem keeps m > 1: adjustment -> adjust.
  void Step4() {
    bool found = false;
    switch (b_[k_ - 1]) {
      case 'a':
        found = EndsAny({"al"});
        break;
      case 'c':
        found = EndsAny({"ance", "ence"});
        break;
      case 'e':
        found = EndsAny({"er"});
        break;
      case 'i':
        found = EndsAny({"ic"});
        break;
      case 'l':
        found = EndsAny({"able", "ible"});
        break;
      case 'n':
        found = EndsAny({"ant", "ement", "ment", "ent"});
        break;
      case 'o':
        found = (Ends("ion") && j_ >= 0 && (b_[j_] == 's' || b_[j_] == 't')) || Ends("ou");
        break;
      case 's':
        found = EndsAny({"ism"});
        break;
      case 't':
        found = EndsAny({"ate", "iti"});
        break;
      case 'u':
        found = EndsAny({"ous"});
        break;
      case 'v':
        found = EndsAny({"ive"});
        break;
      case 'z':
        found = EndsAny({"ize"});
        break;
      default:
        break;
    }
    if (found && M() > 1) k_ = j_;
  }

  // A final -e when m > 1 (or m = 1 and not cvc), and -ll to -l when m > 1.
  void Step5() {
    j_ = k_;
    if (b_[k_] == 'e') {
      int m = M();
      if (m > 1 || (m == 1 && !Cvc(k_ - 1))) --k_;
    }
    if (b_[k_] == 'l' && DoubleCons(k_) && M() > 1) --k_;
  }

  std::string b_;
  int k_;
  int j_ = 0;
};

bool IsLowerAscii(std::string_view word) {
  for (char c : word) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

}  // namespace

std::string PorterStem(std::string_view word) {
  if (!IsLowerAscii(word)) return std::string(word);
  return Stemmer(word).Run(false);
}

std::string PorterInflection(std::string_view word) {
  if (!IsLowerAscii(word)) return std::string(word);
  return Stemmer(word).Run(true);
}

}  // namespace argmap
