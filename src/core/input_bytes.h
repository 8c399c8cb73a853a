// The bottom of the input gate: the one way argmap reads bytes, and the one
// check that they are text.
//
// ByteSource reads a file, or standard input for the path "-". The library
// never reads the process's standard input by itself: "-" reads the stream the
// caller gives (the command passes std::cin, tests a string stream), and is an
// error when none is given. Errors are strerror's text ("No such file or
// directory", "Is a directory"). ReadBytes reads a whole input; RecordStream
// (read/record_stream.h) reads one a piece at a time with a ByteSource.
//
// CheckText is the one text check, used on every input of abstracts, map,
// rule file and model file: well-formed UTF-8 (strict, core/utf8.h) and no NUL
// byte. Its message points at the first bad byte with its line and a caret.
// ReadText is the way in for a whole input that must be text: ReadBytes, then
// ToUtf8, then CheckText.
#ifndef ARGMAP_CORE_INPUT_BYTES_H_
#define ARGMAP_CORE_INPUT_BYTES_H_

#include <cstdio>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace argmap {

class ByteSource {
 public:
  ByteSource() = default;
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Opens `path` ("-": `standard_input`). False, with the reason in *error.
  bool Open(const std::string& path, std::istream* standard_input, std::string* error);
  // Appends up to `n` bytes to *out and returns how many; 0 at the end of the
  // input or after a read error (then failed() and error()).
  size_t Read(size_t n, std::string* out);

  bool failed() const { return failed_; }
  const std::string& error() const { return error_; }
  // The size of a regular file, else 0 (standard input, a pipe).
  size_t size() const { return size_; }

 private:
  std::FILE* file_ = nullptr;
  std::istream* stream_ = nullptr;
  size_t size_ = 0;
  bool failed_ = false;
  std::string error_;
};

// Reads all of `path` ("-": `standard_input`) into *out; false, with the error
// "PATH: error: cannot read file: REASON" appended to *diags, when it cannot.
bool ReadBytes(const std::string& path, std::istream* standard_input, std::string* out,
               std::vector<Diagnostic>* diags);

// Converts `bytes` (of `path`) to UTF-8 in place with iconv (glibc): from
// `encoding` when one is named ("latin1", "windows-1252", any name iconv
// knows), else from UTF-16 when the bytes open with a UTF-16 byte order mark
// (FF FE or FE FF), else not at all. False, with "PATH: error: cannot read as
// ENCODING: invalid byte 0xNN at offset N", when a byte is not of the encoding.
bool ToUtf8(const std::string& path, const std::string& encoding, std::string* bytes,
            std::vector<Diagnostic>* diags);

// True when iconv can convert from `encoding` ("" is UTF-8).
bool IsKnownEncoding(const std::string& encoding);

// True when an input opening with `head` may need ToUtf8 with `encoding`: it
// does (NeedsConversion), or an XML declaration names an 8-bit encoding, which
// applies when any byte of the input is not UTF-8 (so only all of it tells).
bool MayNeedConversion(std::string_view head, const std::string& encoding);

// True when `head` (the first bytes of an input) needs ToUtf8 with `encoding`.
// With `whole`, `head` is all of the input, so a bad sequence at its end is one
// (without, it may be a character the next bytes complete).
bool NeedsConversion(std::string_view head, const std::string& encoding, bool whole = false);

// `text` with each byte of an ill-formed UTF-8 part as '?' (same length): safe
// to print.
std::string Sanitized(std::string_view text);

// The first reason `content` (of `path`) is not text: a PDF ("a PDF, not
// text: extract its text first (e.g. pdftotext), or use GROBID and give argmap
// the TEI"), ill-formed UTF-8 ("invalid UTF-8 (byte 0xE9)" and `utf8_hint`)
// or a NUL byte ("NUL byte (binary data, or UTF-16 text without a byte order
// mark?)"), placed at the byte with its line (sanitized) and a caret; a
// leading UTF-8 byte order mark is not counted in the column. Nothing when it
// is text.
std::optional<Diagnostic> CheckText(const std::string& path, std::string_view content,
                                    std::string_view utf8_hint = {});

// CheckText less what only an input's start has, for a part of an input past
// its start (a chunk of a stream): "%PDF-" opening a later line is text like any
// other, and a byte order mark there is a character, counted in the column.
std::optional<Diagnostic> CheckEncoding(const std::string& path, std::string_view content,
                                        std::string_view utf8_hint = {});

// Whether `content` (after a UTF-8 byte order mark) opens as a PDF does: the
// first thing CheckText rejects, and a whole input, not a part of one. The
// "%PDF-" header may follow up to kPdfHeaderWindow bytes of junk, as PDF
// readers allow, when the bytes around it are not text (a NUL or invalid UTF-8
// within that window after it); a text quoting "%PDF-" is text.
inline constexpr size_t kPdfHeaderWindow = 1024;
bool IsPdf(std::string_view content);

// Whether `content` opens as a ZIP archive ("PK\3\4"): an Excel, Word or
// OpenDocument file, which CheckText rejects as a whole, as it rejects a PDF,
// naming what to save it as (a spreadsheet as CSV, a text document as plain text).
bool IsZip(std::string_view content);
// A PDF or a ZIP archive: a document no reader takes, rejected as a whole input.
inline bool IsBinaryDocument(std::string_view content) { return IsPdf(content) || IsZip(content); }

// ReadBytes, ToUtf8 (from `encoding`, or UTF-16 with its byte order mark) and
// CheckText (with `utf8_hint`) of `path` into *out: false, with the first
// error of the three appended to *diags, when it is not text.
bool ReadText(const std::string& path, std::istream* standard_input, const std::string& encoding,
              std::string* out, std::vector<Diagnostic>* diags, std::string_view utf8_hint = {});

// The hint the readers of abstracts add to an invalid UTF-8 error.
inline constexpr std::string_view kEncodingHint =
    ": for Latin-1 or Windows-1252 text, give --encoding windows-1252";

}  // namespace argmap

#endif  // ARGMAP_CORE_INPUT_BYTES_H_
