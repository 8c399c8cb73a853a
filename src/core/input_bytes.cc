#include "core/input_bytes.h"

#include <iconv.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <istream>

#include "core/utf8.h"

namespace argmap {

ByteSource::~ByteSource() {
  if (file_ != nullptr) std::fclose(file_);
}

bool ByteSource::Open(const std::string& path, std::istream* standard_input, std::string* error) {
  if (path == "-") {
    if (standard_input == nullptr) {
      *error = "standard input is not available here";
      return false;
    }
    stream_ = standard_input;
    return true;
  }
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat st;
  if (fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode))
    size_ = static_cast<size_t>(st.st_size);
  return true;
}

size_t ByteSource::Read(size_t n, std::string* out) {
  if (failed_ || n == 0 || (file_ == nullptr && stream_ == nullptr)) return 0;
  size_t old = out->size();
  out->resize(old + n);
  size_t got = 0;
  if (file_ != nullptr) {
    got = std::fread(out->data() + old, 1, n, file_);
    if (got < n && std::ferror(file_)) {
      failed_ = true;
      error_ = std::strerror(errno);
    }
  } else {
    stream_->read(out->data() + old, static_cast<std::streamsize>(n));
    got = static_cast<size_t>(stream_->gcount());
    if (stream_->bad()) {
      failed_ = true;
      error_ = "read error";
    }
  }
  out->resize(old + got);
  return got;
}

bool ReadBytes(const std::string& path, std::istream* standard_input, std::string* out,
               std::vector<Diagnostic>* diags) {
  ByteSource source;
  std::string error;
  if (source.Open(path, standard_input, &error)) {
    if (source.size() > 0) out->reserve(out->size() + source.size());
    while (source.Read(1 << 16, out) > 0) {
    }
    if (!source.failed()) return true;
    error = source.error();
  }
  diags->push_back(MakeError(path, "cannot read file: " + error));
  return false;
}

std::string Sanitized(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t len = 1;
    bool ok = true;
    DecodeUtf8(text, pos, &len, &ok);
    if (ok) {
      out += text.substr(pos, len);
    } else {
      out.append(len, '?');
    }
    pos += len;
  }
  return out;
}

namespace {

std::string HexByte(unsigned char c) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", c);
  return byte;
}

bool IsUtf8Name(const std::string& encoding) {
  std::string lower;
  for (char c : encoding) {
    if (c != '-' && c != '_')
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower.empty() || lower == "utf8";
}

// An XML declaration is looked for in this many bytes.
constexpr size_t kXmlDeclarationBytes = 200;

// The encoding an XML declaration at the start of `head` names
// (<?xml version="1.0" encoding="ISO-8859-1"?>), or "".
std::string XmlDeclaredEncoding(std::string_view head) {
  if (!head.starts_with("<?xml")) return "";
  std::string_view decl = head.substr(0, std::min(head.find("?>"), kXmlDeclarationBytes));
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return "";
  at = decl.find_first_not_of(" \t\r\n", at + 8);
  if (at == std::string_view::npos || decl[at] != '=') return "";
  at = decl.find_first_not_of(" \t\r\n", at + 1);
  if (at == std::string_view::npos || (decl[at] != '"' && decl[at] != '\'')) return "";
  size_t end = decl.find(decl[at], at + 1);
  if (end == std::string_view::npos) return "";
  return std::string(decl.substr(at + 1, end - at - 1));
}

// The encoding an XML declaration names when it is not a Unicode one (UTF-16
// and UTF-32 come with a byte order mark), or "".
std::string DeclaredEightBitEncoding(std::string_view head) {
  std::string declared = XmlDeclaredEncoding(head);
  bool unicode = declared.size() >= 3 &&
                 std::tolower(static_cast<unsigned char>(declared[0])) == 'u' &&
                 std::tolower(static_cast<unsigned char>(declared[1])) == 't' &&
                 std::tolower(static_cast<unsigned char>(declared[2])) == 'f';
  return unicode ? "" : declared;
}

// The name iconv is given: `encoding`, else UTF-16 with its byte order mark,
// else the 8-bit encoding an XML declaration names when the bytes are not UTF-8
// (a declaration that names another encoding for UTF-8 bytes is a common slip).
// `head` is the whole input, or with `part` its first bytes, which may end inside
// a character: a bad sequence in its last three bytes does not count.
std::string SourceEncoding(std::string_view head, const std::string& encoding, bool part) {
  if (!encoding.empty()) return encoding;
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return "UTF-16";
  std::string declared = DeclaredEightBitEncoding(head);
  if (declared.empty()) return "";
  size_t bad = 0;
  bool utf8 = IsValidUtf8(head, &bad) || (part && bad + 3 >= head.size());
  return utf8 ? "" : declared;
}

std::string ConversionError(const std::string& from, std::string_view bytes, size_t offset,
                            int error) {
  if (error == EINVAL) return "cannot read as " + from + ": a character cut off at the end";
  return "cannot read as " + from + ": invalid byte " +
         HexByte(static_cast<unsigned char>(bytes[offset])) + " at offset " +
         std::to_string(offset);
}

}  // namespace

bool IsKnownEncoding(const std::string& encoding) {
  if (IsUtf8Name(encoding)) return true;
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(cd);
  return true;
}

bool MayNeedConversion(std::string_view head, const std::string& encoding) {
  return NeedsConversion(head, encoding) ||
         (encoding.empty() && !DeclaredEightBitEncoding(head).empty());
}

bool NeedsConversion(std::string_view head, const std::string& encoding, bool whole) {
  return !IsUtf8Name(SourceEncoding(head, encoding, !whole));
}

bool ToUtf8(const std::string& path, const std::string& encoding, std::string* bytes,
            std::vector<Diagnostic>* diags) {
  std::string from = SourceEncoding(*bytes, encoding, false);
  if (IsUtf8Name(from)) return true;
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    diags->push_back(MakeError(path, "unknown encoding '" + from + "'"));
    return false;
  }
  std::string out(bytes->size() * 2 + 16, '\0');
  char* in = bytes->data();
  size_t in_left = bytes->size();
  size_t done = 0;
  int error = 0;
  while (in_left > 0) {
    char* to = out.data() + done;
    size_t to_left = out.size() - done;
    size_t r = iconv(cd, &in, &in_left, &to, &to_left);
    done = out.size() - to_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno != E2BIG) {
      error = errno;
      break;
    }
    out.resize(out.size() * 2);
  }
  iconv_close(cd);
  if (error != 0) {
    diags->push_back(
        MakeError(path, ConversionError(from, *bytes, bytes->size() - in_left, error)));
    return false;
  }
  out.resize(done);
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);  // a BOM iconv kept
  *bytes = std::move(out);
  return true;
}

bool IsPdf(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  if (content.starts_with("%PDF-")) return true;
  // A reader finds the header within the first kPdfHeaderWindow bytes (junk
  // before it, such as a download's leftovers, is allowed); taken only when the
  // input is no text either, so a text that quotes "%PDF-" stays text.
  size_t header = content.substr(0, kPdfHeaderWindow).find("%PDF-");
  if (header == std::string_view::npos) return false;
  std::string_view head = content.substr(0, header + kPdfHeaderWindow);
  size_t bad = 0;
  return !IsValidUtf8(head, &bad) || head.find('\0') != std::string_view::npos;
}

bool IsZip(std::string_view content) { return content.starts_with("PK\x03\x04"); }

namespace {

// What to do with a ZIP archive, told by the names of the files in its first
// 64 KiB (Office and OpenDocument files name their kind first; a stream reads
// at least that much before it looks).
std::string ZipAdvice(std::string_view content) {
  std::string_view head = content.substr(0, 1 << 16);
  bool sheet = head.find("xl/") != std::string_view::npos ||
               head.find("opendocument.spreadsheet") != std::string_view::npos;
  bool text = head.find("word/") != std::string_view::npos ||
              head.find("opendocument.text") != std::string_view::npos;
  if (sheet) {
    return "a spreadsheet (Excel or OpenDocument), not text: save it as CSV (UTF-8) and give "
           "argmap the .csv, whose header names the abstract column";
  }
  if (text) {
    return "a Word or OpenDocument text, not plain text: save it as plain text (UTF-8) and "
           "give argmap the .txt";
  }
  return "a ZIP archive, not text: unpack it and give argmap the files inside";
}

}  // namespace

std::optional<Diagnostic> CheckText(const std::string& path, std::string_view content,
                                    std::string_view utf8_hint) {
  if (IsPdf(content)) {
    return MakeError(path,
                     "a PDF, not text: extract its text first (e.g. pdftotext), or use "
                     "GROBID and give argmap the TEI");
  }
  if (IsZip(content)) return MakeError(path, ZipAdvice(content));
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  return CheckEncoding(path, content, utf8_hint);
}

std::optional<Diagnostic> CheckEncoding(const std::string& path, std::string_view content,
                                        std::string_view utf8_hint) {
  // The first of the two problems: UTF-16 without a byte order mark shows a NUL
  // before any byte that is not UTF-8.
  size_t bad = content.size();
  bool valid = IsValidUtf8(content, &bad);
  size_t nul = content.find('\0');
  if (!valid && (nul == std::string_view::npos || bad < nul)) {
    Diagnostic d =
        MakeErrorAt(path, content, bad,
                    "invalid UTF-8 (byte " + HexByte(static_cast<unsigned char>(content[bad])) +
                        ")" + std::string(utf8_hint));
    d.source_line = Sanitized(d.source_line);
    std::replace(d.source_line.begin(), d.source_line.end(), '\0', '?');
    return d;
  }
  if (nul != std::string_view::npos) {
    Diagnostic d = MakeErrorAt(path, content, nul,
                               "NUL byte (binary data, or UTF-16 text without a byte order mark?)");
    d.source_line = Sanitized(d.source_line);
    std::replace(d.source_line.begin(), d.source_line.end(), '\0', '?');
    return d;
  }
  return std::nullopt;
}

bool ReadText(const std::string& path, std::istream* standard_input, const std::string& encoding,
              std::string* out, std::vector<Diagnostic>* diags, std::string_view utf8_hint) {
  if (!ReadBytes(path, standard_input, out, diags)) return false;
  if (!ToUtf8(path, encoding, out, diags)) return false;
  if (std::optional<Diagnostic> not_text = CheckText(path, *out, utf8_hint)) {
    diags->push_back(std::move(*not_text));
    return false;
  }
  return true;
}

}  // namespace argmap
