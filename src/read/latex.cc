// LaTeX decoding for BibTeX values: a small recursive scanner over the raw
// value; tables of accents and named symbols.
#include "read/latex.h"

#include "core/limits.h"
#include "core/name_table.h"
#include "core/utf8.h"
#include "text/scan.h"

namespace argmap {
namespace {

// For each accent: pairs of an ASCII base letter and its precomposed form,
// and the combining mark used when the pair is not listed.
struct Accent {
  char accent;
  std::string_view pairs;
  char32_t combining;
};

constexpr Accent kAccents[] = {
    {'"', "aäeëhḧiïoötẗuüwẅxẍyÿAÄEËHḦIÏOÖUÜWẄXẌYŸ", 0x308},
    {'\'', "aácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzźAÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹ", 0x301},
    {'`', "aàeèiìnǹoòuùwẁyỳAÀEÈIÌNǸOÒUÙWẀYỲ", 0x300},
    {'^', "aâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑAÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐ", 0x302},
    {'~', "aãeẽiĩnñoõuũvṽyỹAÃEẼIĨNÑOÕUŨVṼYỸ", 0x303},
    {'=', "aāeēgḡiīoōuūyȳAĀEĒGḠIĪOŌUŪYȲ", 0x304},
    {'.', "aȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzżAȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻ", 0x307},
    {'c', "cçdḑeȩgģhḩkķlļnņrŗsştţCÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢ", 0x327},
    {'v', "aǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzžAǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽ", 0x30C},
    {'u', "aăeĕgğiĭoŏuŭAĂEĔGĞIĬOŎUŬ", 0x306},
    {'H', "oőuűOŐUŰ", 0x30B},
    {'k', "aąeęiįoǫuųAĄEĘIĮOǪUŲ", 0x328},
    {'r', "aåuůwẘyẙAÅUŮ", 0x30A},
    {'d', "aạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓAẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒ", 0x323},
    {'b', "bḇdḏhẖkḵlḻnṉrṟtṯzẕBḆDḎKḴLḺNṈRṞTṮZẔ", 0x331},
    {'t', "", 0x361},
};

// Control words that stand for text.
struct Symbol {
  std::string_view name;
  std::string_view text;
};

constexpr Symbol kSymbols[] = {
    {"ss", "ß"},
    {"ae", "æ"},
    {"AE", "Æ"},
    {"oe", "œ"},
    {"OE", "Œ"},
    {"o", "ø"},
    {"O", "Ø"},
    {"aa", "å"},
    {"AA", "Å"},
    {"l", "ł"},
    {"L", "Ł"},
    {"i", "ı"},
    {"j", "ȷ"},
    {"dh", "ð"},
    {"DH", "Ð"},
    {"th", "þ"},
    {"TH", "Þ"},
    {"ng", "ŋ"},
    {"NG", "Ŋ"},
    {"dj", "đ"},
    {"DJ", "Đ"},
    {"textendash", "–"},
    {"textemdash", "—"},
    {"textquoteleft", "‘"},
    {"textquoteright", "’"},
    {"textquotedblleft", "“"},
    {"textquotedblright", "”"},
    {"textquotesingle", "'"},
    {"textquotedbl", "\""},
    {"guillemotleft", "«"},
    {"guillemotright", "»"},
    {"guillemetleft", "«"},
    {"guillemetright", "»"},
    {"ldots", "…"},
    {"dots", "…"},
    {"textellipsis", "…"},
    {"textbackslash", "\\"},
    {"textasciitilde", "~"},
    {"textasciicircum", "^"},
    {"textunderscore", "_"},
    {"textbar", "|"},
    {"textless", "<"},
    {"textgreater", ">"},
    {"textdollar", "$"},
    {"S", "§"},
    {"textsection", "§"},
    {"P", "¶"},
    {"textparagraph", "¶"},
    {"copyright", "©"},
    {"textcopyright", "©"},
    {"textregistered", "®"},
    {"texttrademark", "™"},
    {"textdegree", "°"},
    {"pounds", "£"},
    {"textsterling", "£"},
    {"euro", "€"},
    {"texteuro", "€"},
    {"textperiodcentered", "·"},
    {"textbullet", "•"},
    {"times", "×"},
    {"pm", "±"},
    {"leq", "≤"},
    {"le", "≤"},
    {"geq", "≥"},
    {"ge", "≥"},
    {"neq", "≠"},
    {"approx", "≈"},
    {"alpha", "α"},
    {"beta", "β"},
    {"chi", "χ"},
    {"mu", "μ"},
    {"quad", " "},
    {"qquad", " "},
    {"enspace", " "},
    {"thinspace", " "},
    {"newline", " "},
    {"par", "\n\n"},
    {"TeX", "TeX"},
    {"LaTeX", "LaTeX"},
};

const Accent* FindAccent(char accent) {
  for (const Accent& a : kAccents) {
    if (a.accent == accent) return &a;
  }
  return nullptr;
}

// `base` (decoded text, first character accented) with the accent applied.
std::string ApplyAccent(const Accent& accent, std::string_view base) {
  if (base.empty()) return "";
  size_t len = Utf8SequenceLength(static_cast<unsigned char>(base[0]));
  std::string_view first = base.substr(0, len);
  std::string_view rest = base.substr(first.size());
  if (first == "ı") first = "i";  // \'{\i}: the dotless i takes the accent
  if (first == "ȷ") first = "j";
  std::string_view pairs = accent.pairs;
  while (first.size() == 1 && !pairs.empty()) {
    size_t n = Utf8SequenceLength(static_cast<unsigned char>(pairs[1]));
    if (pairs[0] == first[0]) return std::string(pairs.substr(1, n)) + std::string(rest);
    pairs.remove_prefix(1 + n);
  }
  std::string out(first);
  AppendUtf8(accent.combining, &out);
  return out + std::string(rest);
}

// Index just past the '}' matching the '{' at s[open] (s.size() when unbalanced).
size_t GroupEnd(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '{') {
      ++depth;
    } else if (s[i] == '}' && --depth == 0) {
      return i + 1;
    }
  }
  return s.size();
}

class Decoder {
 public:
  explicit Decoder(std::string_view s, int depth = 0) : s_(s), depth_(depth) {}

  std::string Run() {
    std::string out;
    while (pos_ < s_.size()) Step(&out);
    return out;
  }

 private:
  bool At(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  // Steps over `c` when it is next.
  bool Skip(char c) {
    if (!At(c)) return false;
    ++pos_;
    return true;
  }

  void Step(std::string* out) {
    char c = s_[pos_];
    if (c == '\\') return Command(out);
    ++pos_;
    if (c == '{' || c == '}' || c == '$') return;
    if (c == '~') {
      *out += ' ';
    } else if (c == '-' && Skip('-')) {
      *out += Skip('-') ? "—" : "–";
    } else if (c == '`') {
      *out += Skip('`') ? "“" : "‘";
    } else if (c == '\'' && Skip('\'')) {
      *out += "”";
    } else {
      *out += c;
    }
  }

  // At '\\'.
  void Command(std::string* out) {
    ++pos_;
    if (pos_ >= s_.size()) return;
    char c = s_[pos_];
    if (IsAsciiLetter(c)) return ControlWord(out);
    ++pos_;
    if (const Accent* a = FindAccent(c); a != nullptr) {
      *out += ApplyAccent(*a, Argument());
    } else if (std::string_view("&%$_#{}").find(c) != std::string_view::npos) {
      *out += c;
    } else if (IsAsciiSpace(c) || c == '\\' || c == ',' || c == ';' || c == ':') {
      *out += ' ';
    } else if (c != '!' && c != '-' && c != '/' && c != '@') {
      --pos_;  // "\*": the backslash is dropped, the character kept
    }
  }

  void ControlWord(std::string* out) {
    size_t start = pos_;
    while (pos_ < s_.size() && IsAsciiLetter(s_[pos_])) ++pos_;
    std::string_view name = s_.substr(start, pos_ - start);
    while (pos_ < s_.size() && IsAsciiSpace(s_[pos_])) ++pos_;
    if (name.size() == 1) {
      if (const Accent* a = FindAccent(name[0]); a != nullptr) {
        *out += ApplyAccent(*a, Argument());
        return;
      }
    }
    if (const Symbol* symbol = RowNamed(kSymbols, name)) {
      *out += symbol->text;
      return;
    }
    if (name == "href" && At('{')) pos_ = GroupEnd(s_, pos_);  // keep only the link text
    // Any other command is dropped; its braced argument is read as text.
  }

  // The decoded text of the next atom: a braced group, a command or one character.
  std::string Argument() {
    while (pos_ < s_.size() && IsAsciiSpace(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return "";
    std::string out;
    if (At('{')) {
      size_t end = GroupEnd(s_, pos_);
      std::string_view inner = s_.substr(pos_ + 1, end - pos_ - 1);
      if (!inner.empty() && inner.back() == '}') inner.remove_suffix(1);
      pos_ = end;
      if (depth_ < kMaxLatexGroupDepth) return Decoder(inner, depth_ + 1).Run();
      for (char c : inner) {
        if (c != '{' && c != '}') out += c;
      }
      return out;
    }
    if (At('\\')) {
      Command(&out);
      return out;
    }
    size_t len = Utf8SequenceLength(static_cast<unsigned char>(s_[pos_]));
    out = s_.substr(pos_, len);
    pos_ += len;
    return out;
  }

  std::string_view s_;
  int depth_ = 0;
  size_t pos_ = 0;
};

// Runs of white space become one space, or "\n\n" when they hold a blank
// line (and `paragraphs` is set); the ends are trimmed.
std::string CollapseSpace(std::string_view s, bool paragraphs) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiSpace(s[i])) {
      out += s[i++];
      continue;
    }
    int newlines = 0;
    for (; i < s.size() && IsAsciiSpace(s[i]); ++i) newlines += s[i] == '\n';
    if (!out.empty() && i < s.size()) out += paragraphs && newlines >= 2 ? "\n\n" : " ";
  }
  return out;
}

}  // namespace

std::string DecodeLatex(std::string_view raw) { return CollapseSpace(Decoder(raw).Run(), true); }

std::string DecodeLatexVerbatim(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '{' || c == '}') continue;
    bool escape = c == '\\' && i + 1 < raw.size() &&
                  std::string_view("_%&#${}~").find(raw[i + 1]) != std::string_view::npos;
    out += escape ? raw[++i] : c;
  }
  return CollapseSpace(out, false);
}

}  // namespace argmap
