#include "core/input_bytes.h"

#include <sys/stat.h>

#include <algorithm>
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

std::optional<Diagnostic> CheckText(const std::string& path, std::string_view content) {
  size_t bad = 0;
  if (!IsValidUtf8(content, &bad)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(content[bad]));
    Diagnostic d =
        MakeErrorAt(path, content, bad, "invalid UTF-8 (byte " + std::string(byte) + ")");
    d.source_line = Sanitized(d.source_line);
    return d;
  }
  if (size_t nul = content.find('\0'); nul != std::string_view::npos) {
    Diagnostic d = MakeErrorAt(path, content, nul, "NUL byte (binary data, or UTF-16 text?)");
    std::replace(d.source_line.begin(), d.source_line.end(), '\0', '?');
    return d;
  }
  return std::nullopt;
}

}  // namespace argmap
