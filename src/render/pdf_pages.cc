#include "render/pdf_pages.h"

#include <exception>
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace argmap {

bool JoinPdfPages(const std::vector<std::string>& pdfs, std::string* out, std::string* err) {
  size_t k = 0;
  try {
    QPDF joined;
    joined.setSuppressWarnings(true);
    joined.emptyPDF();
    QPDFPageDocumentHelper joined_pages(joined);
    // The sources stay open until the joined PDF is written: its pages refer to them.
    std::vector<std::unique_ptr<QPDF>> sources;
    for (k = 0; k < pdfs.size(); ++k) {
      auto source = std::make_unique<QPDF>();
      source->setSuppressWarnings(true);
      std::string name = "figure " + std::to_string(k + 1);
      source->processMemoryFile(name.c_str(), pdfs[k].data(), pdfs[k].size());
      for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*source).getAllPages()) {
        joined_pages.addPage(page, false);
      }
      sources.push_back(std::move(source));
    }
    k = pdfs.size();
    QPDFWriter writer(joined);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    // The version the pages need (cairo's transparency groups: 1.4 and later).
    for (const auto& source : sources) writer.setMinimumPDFVersion(source->getPDFVersion());
    writer.write();
    std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
    out->assign(reinterpret_cast<const char*>(bytes->getBuffer()), bytes->getSize());
    return true;
  } catch (const std::exception& e) {
    *err = k < pdfs.size()
               ? "cannot read figure " + std::to_string(k + 1) + " as a PDF: " + e.what()
               : std::string("cannot write the joined PDF: ") + e.what();
    return false;
  }
}

}  // namespace argmap
