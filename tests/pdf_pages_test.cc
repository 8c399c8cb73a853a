// Tests of render/pdf_pages: one PDF of many pages from PDFs of one page each.
#include "render/pdf_pages.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

// A whole one-page PDF (header, objects, cross-reference table, trailer) whose
// page is `width` by `height` points: what Graphviz's pdf output is, at its least.
std::string OnePagePdf(int width, int height) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 " + std::to_string(width) + " " +
          std::to_string(height) + " ] >>"};
  std::string pdf = "%PDF-1.5\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// The "/MediaBox [ ... ]" of each page, in the order the file holds them.
std::vector<std::string> MediaBoxes(const std::string& pdf) {
  std::vector<std::string> out;
  for (size_t at = pdf.find("/MediaBox "); at != std::string::npos;
       at = pdf.find("/MediaBox ", at + 1)) {
    size_t begin = at + 10;
    out.push_back(pdf.substr(begin, pdf.find(']', begin) + 1 - begin));
  }
  return out;
}

TEST_SUITE("pdf_pages") {
  TEST_CASE("the pages of the figures become one PDF's pages, in order, the same every time") {
    std::vector<std::string> figures = {OnePagePdf(842, 595), OnePagePdf(595, 842),
                                        OnePagePdf(300, 200)};
    std::string joined, err;
    REQUIRE(JoinPdfPages(figures, &joined, &err));
    CHECK(err == "");
    CHECK(joined.starts_with("%PDF-1.5"));
    CHECK(joined.find("/Count 3") != std::string::npos);
    CHECK(MediaBoxes(joined) ==
          std::vector<std::string>{"[ 0 0 842 595 ]", "[ 0 0 595 842 ]", "[ 0 0 300 200 ]"});
    std::string again;
    REQUIRE(JoinPdfPages(figures, &again, &err));
    CHECK(again == joined);
  }

  TEST_CASE("a figure that is not a PDF is named and nothing is written") {
    std::string joined = "untouched", err;
    CHECK_FALSE(JoinPdfPages({OnePagePdf(842, 595), "<svg/>"}, &joined, &err));
    CHECK(joined == "untouched");
    CHECK(err.starts_with("cannot read figure 2 as a PDF: "));
  }
}

}  // namespace
}  // namespace argmap
