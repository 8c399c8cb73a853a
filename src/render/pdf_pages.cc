#include "render/pdf_pages.h"

// qpdf's C interface: its C++ headers do not build with clang 14 in C++20 (the
// fuzzing build), and the C functions do all this file needs.
#include <qpdf/qpdf-c.h>

#include <memory>
#include <type_traits>

namespace argmap {
namespace {

struct Closer {
  void operator()(qpdf_data q) const { qpdf_cleanup(&q); }
};
using Pdf = std::unique_ptr<std::remove_pointer_t<qpdf_data>, Closer>;

// A qpdf object that prints neither errors nor warnings: they come back as text.
Pdf OpenPdf() {
  Pdf pdf(qpdf_init());
  qpdf_silence_errors(pdf.get());
  qpdf_set_suppress_warnings(pdf.get(), QPDF_TRUE);
  return pdf;
}

// qpdf's message for the error it has, or "".
std::string ErrorOf(qpdf_data q) {
  if (!qpdf_has_error(q)) return "";
  return qpdf_get_error_full_text(q, qpdf_get_error(q));
}

}  // namespace

bool JoinPdfPages(const std::vector<std::string>& pdfs, std::string* out, std::string* err) {
  Pdf joined = OpenPdf();
  qpdf_empty_pdf(joined.get());
  // The sources stay open until the joined PDF is written: its pages refer to them.
  std::vector<Pdf> sources;
  for (size_t k = 0; k < pdfs.size(); ++k) {
    Pdf source = OpenPdf();
    std::string name = "figure " + std::to_string(k + 1);
    qpdf_read_memory(source.get(), name.c_str(), pdfs[k].data(), pdfs[k].size(), nullptr);
    int pages = qpdf_has_error(source.get()) ? 0 : qpdf_get_num_pages(source.get());
    for (int p = 0; p < pages && !qpdf_has_error(joined.get()); ++p) {
      qpdf_oh page = qpdf_get_page_n(source.get(), static_cast<size_t>(p));
      qpdf_add_page(joined.get(), source.get(), page, QPDF_FALSE);
    }
    std::string problem = ErrorOf(source.get());
    if (problem.empty()) problem = ErrorOf(joined.get());
    if (!problem.empty()) {
      *err = "cannot read figure " + std::to_string(k + 1) + " as a PDF: " + problem;
      return false;
    }
    sources.push_back(std::move(source));
  }
  qpdf_init_write_memory(joined.get());
  qpdf_set_deterministic_ID(joined.get(), QPDF_TRUE);
  // The version the pages need (cairo's transparency groups: 1.4 and later).
  for (const Pdf& source : sources) {
    qpdf_set_minimum_pdf_version(joined.get(), qpdf_get_pdf_version(source.get()));
  }
  qpdf_write(joined.get());
  if (std::string problem = ErrorOf(joined.get()); !problem.empty()) {
    *err = "cannot write the joined PDF: " + problem;
    return false;
  }
  const unsigned char* bytes = qpdf_get_buffer(joined.get());
  out->assign(reinterpret_cast<const char*>(bytes), qpdf_get_buffer_length(joined.get()));
  return true;
}

}  // namespace argmap
