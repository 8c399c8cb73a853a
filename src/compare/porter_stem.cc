// Steps 1a to 1c of Porter's algorithm over one word, following the structure
// of his reference C implementation (the derivational steps 2 to 5 are left out:
// argmap never used them, see porter_stem.h): `b` is the word, `k` the index of its last
// letter, and `j` the end of the stem left by the last suffix test.
#include "compare/porter_stem.h"

namespace argmap {
namespace {

class Stemmer {
 public:
  explicit Stemmer(std::string_view word) : b_(word), k_(static_cast<int>(word.size()) - 1) {}

  // Steps 1a to 1c: plurals, -ed and -ing, a final -y.
  std::string Run() {
    if (k_ <= 1) return b_;
    Step1ab();
    if (k_ > 0) Step1c();
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

std::string PorterInflection(std::string_view word) {
  if (!IsLowerAscii(word)) return std::string(word);
  return Stemmer(word).Run();
}

}  // namespace argmap
