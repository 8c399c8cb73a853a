// The review matrix as an Excel workbook (`argmap compare --format xlsx`),
// written by libxlsxwriter (Debian's libxlsxwriter-dev; docs/architecture.md
// says why it is there).
//
// One worksheet, "Review matrix": the header row (ReviewColumns, bold, frozen,
// with a filter), then one row per paper with the cells of ReviewMatrix. The
// texts of one cell are separated by a line break ("; " between authors), as in
// the CSV, and wrap; a year of digits is a number. A cell longer than Excel's
// limit of 32,767 characters is cut at a character boundary and ends in "…".
//
// libxlsxwriter 1.1 writes a workbook only to a path, so the workbook is
// written in a fresh temporary directory (which also holds the library's own
// temporary files), read back and removed: the exporter still returns bytes
// and the caller decides where they go. The workbook's creation time is fixed
// (kCreated), so the same comparison gives byte-identical workbooks.
#include <errno.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <vector>

#include "compare/compare_export.h"
#include "compare/review_matrix.h"
#include "core/input_bytes.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

// 2000-01-01T00:00:00Z: the workbook's "created" property, and with it the
// time stamps of the files in its ZIP container.
constexpr time_t kCreated = 946684800;

// Excel's limit on the characters of a cell; libxlsxwriter counts bytes.
constexpr size_t kMaxCellBytes = 32767;

// Column widths in characters, by column name (others: 40).
double ColumnWidth(std::string_view column) {
  if (column == "year") return 6;
  if (column == "id" || column == "doi") return 22;
  if (column == "authors") return 24;
  if (column == "links") return 60;
  return 40;
}

// `text` cut to Excel's limit at a UTF-8 character boundary, with "…".
std::string FitCell(std::string text) {
  if (text.size() <= kMaxCellBytes) return text;
  size_t cut = kMaxCellBytes - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text + "\xE2\x80\xA6";
}

bool AllDigits(const std::string& s) {
  return !s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos;
}

// A temporary directory (under TMPDIR), removed when it goes out of scope;
// path() is "" and error() says why when it could not be made.
class ScratchDir {
 public:
  ScratchDir() {
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) {
      error_ = ec.message();
      return;
    }
    std::string pattern = (base / "argmap-xlsx-XXXXXX").string();
    if (mkdtemp(pattern.data())) {
      path_ = pattern;
    } else {
      error_ = std::error_code(errno, std::generic_category()).message();
    }
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  const std::string& error() const { return error_; }

 private:
  std::string path_, error_;
};

// Writes the rows to `workbook`; the first libxlsxwriter error, or LXW_NO_ERROR.
lxw_error WriteSheet(lxw_workbook* workbook, const std::vector<std::vector<ReviewCell>>& rows) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Review matrix");
  lxw_format* head = workbook_add_format(workbook);
  format_set_bold(head);
  format_set_text_wrap(head);
  format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* body = workbook_add_format(workbook);
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  if (!sheet || !head || !body) return LXW_ERROR_MEMORY_MALLOC_FAILED;
  const std::vector<std::string_view>& columns = ReviewColumns();
  lxw_error err = LXW_NO_ERROR;
  for (lxw_col_t c = 0; c < columns.size() && !err; ++c) {
    err = worksheet_set_column(sheet, c, c, ColumnWidth(columns[c]), nullptr);
    if (!err) err = worksheet_write_string(sheet, 0, c, std::string(columns[c]).c_str(), head);
  }
  for (lxw_row_t r = 0; r < rows.size() && !err; ++r) {
    for (lxw_col_t c = 0; c < rows[r].size() && !err; ++c) {
      std::string text = FitCell(CleanText(Joined(rows[r][c], c == 1 ? "; " : "\n"), "\n"));
      if (columns[c] == "year" && AllDigits(text)) {
        err = worksheet_write_number(sheet, r + 1, c, std::stod(text), body);
      } else if (!text.empty()) {
        err = worksheet_write_string(sheet, r + 1, c, text.c_str(), body);
      }
    }
  }
  if (!err) worksheet_freeze_panes(sheet, 1, 0);
  if (!err) err = worksheet_autofilter(sheet, 0, 0, rows.size(), columns.size() - 1);
  return err;
}

}  // namespace

bool ExportReviewXlsx(const CompareInput& input, std::string* bytes, std::string* error) {
  ScratchDir dir;
  if (dir.path().empty()) {
    *error = "cannot write the workbook: cannot make a temporary directory: " + dir.error();
    return false;
  }
  std::string path = dir.path() + "/review.xlsx";
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = const_cast<char*>(dir.path().c_str());
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) {
    *error = "cannot write the workbook: libxlsxwriter could not start it";
    return false;
  }
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>("Review matrix");
  properties.comments = const_cast<char*>("Written by argmap compare --format xlsx");
  properties.created = kCreated;
  lxw_error err = workbook_set_properties(workbook, &properties);
  if (!err)
    err = WriteSheet(workbook, ReviewMatrix(input.graph, input.documents, input.alignments));
  lxw_error closed = workbook_close(workbook);  // frees the workbook, written or not
  if (!err) err = closed;
  if (err) {
    *error = std::string("cannot write the workbook: ") + lxw_strerror(err);
    return false;
  }
  std::vector<Diagnostic> diags;
  if (!ReadBytes(path, nullptr, bytes, &diags)) {
    *error = "cannot write the workbook: " + (diags.empty() ? "" : diags[0].message);
    return false;
  }
  return true;
}

}  // namespace argmap
