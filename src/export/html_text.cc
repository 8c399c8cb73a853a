#include "export/html_text.h"

#include <algorithm>

#include "core/utf8.h"

namespace argmap {
namespace {

bool IsContinuation(std::string_view text, size_t pos) {
  return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;
}

// `pos` moved back (or forward) to the start of the character it falls in.
size_t SnapBack(std::string_view text, size_t pos) {
  while (pos > 0 && IsContinuation(text, pos)) --pos;
  return pos;
}
size_t SnapForward(std::string_view text, size_t pos) {
  while (IsContinuation(text, pos)) ++pos;
  return pos;
}

// The usable marks, snapped to character boundaries, innermost first.
std::vector<TextMark> UsableMarks(std::string_view text, const std::vector<TextMark>& marks) {
  std::vector<TextMark> out;
  for (const TextMark& m : marks) {
    if (m.span.empty() || m.span.end > text.size()) continue;
    TextMark snapped = m;
    snapped.span = {SnapBack(text, m.span.begin), SnapForward(text, m.span.end)};
    out.push_back(std::move(snapped));
  }
  std::stable_sort(out.begin(), out.end(), [](const TextMark& a, const TextMark& b) {
    return a.span.size() < b.span.size();
  });
  return out;
}

std::vector<size_t> Boundaries(std::string_view text, const std::vector<Span>& sentences,
                               const std::vector<TextMark>& marks) {
  std::vector<size_t> out = {0, text.size()};
  for (const Span& s : sentences) {
    out.push_back(SnapBack(text, std::min(s.begin, text.size())));
    out.push_back(SnapForward(text, std::min(s.end, text.size())));
  }
  for (const TextMark& m : marks) {
    out.push_back(m.span.begin);
    out.push_back(m.span.end);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// One piece of text [begin, end): escaped, and in a <mark> when nodes cover it.
void WritePiece(std::string_view text, size_t begin, size_t end, const std::vector<TextMark>& marks,
                std::string* out) {
  std::string keys;
  const TextMark* innermost = nullptr;
  for (const TextMark& m : marks) {
    if (m.span.begin > begin || m.span.end < end) continue;
    if (!innermost) innermost = &m;
    if (!keys.empty()) keys += ' ';
    keys += m.key;
  }
  std::string escaped = EscapeHtml(text.substr(begin, end - begin));
  if (!innermost) {
    *out += escaped;
    return;
  }
  *out += "<mark class=\"" + EscapeHtml(innermost->css_class) + "\" data-nodes=\"" +
          EscapeHtml(keys) + "\" tabindex=\"0\">" + escaped + "</mark>";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t len = 1;
    char32_t cp = DecodeUtf8(text, pos, &len);
    pos += len;
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F) cp = ' ';
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        AppendUtf8(cp, &out);
    }
  }
  return out;
}

std::string EncodeUriComponent(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool plain = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                 u == '-' || u == '_' || u == '.' || u == '~' || u == '/';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

int SentenceAt(const std::vector<Span>& sentences, size_t offset) {
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (sentences[k].begin <= offset && offset < sentences[k].end) return static_cast<int>(k);
  }
  return -1;
}

std::string MarkText(std::string_view text, const std::vector<Span>& sentences,
                     const std::vector<TextMark>& marks, std::string_view sentence_id_prefix) {
  std::vector<TextMark> usable = UsableMarks(text, marks);
  std::vector<size_t> cuts = Boundaries(text, sentences, usable);
  std::string out;
  int open = -1;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    int sentence = SentenceAt(sentences, cuts[i]);
    if (sentence != open) {
      if (open >= 0) out += "</span>";
      if (sentence >= 0) {
        out += "<span class=\"sent\" id=\"" + EscapeHtml(sentence_id_prefix) +
               std::to_string(sentence) + "\">";
      }
      open = sentence;
    }
    WritePiece(text, cuts[i], cuts[i + 1], usable, &out);
  }
  if (open >= 0) out += "</span>";
  return out;
}

}  // namespace argmap
