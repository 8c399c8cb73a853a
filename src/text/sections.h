// Headings of structured abstracts ("BACKGROUND:", "Methods.", "RESULTS We ..."):
// which section of the abstract a stretch of normalized text belongs to, so that
// the section becomes a feature and the heading never part of a node's text.
//
// FindHeadings recognises the names Background, Introduction, Context, Purpose,
// Objective(s), Aim(s), Goal(s), Methods, Method, Design, Setting, Patients,
// Participants, Patients and methods, Materials and methods, Interventions,
// Measurements, Main outcome measures, Results, Findings, Conclusion(s),
// Interpretation, Discussion and Implications, alone or joined by "," / "and" /
// "&" / "/" ("Design, Setting, and Participants:"; the first name decides the
// section; "Relevance", "Importance", "Significance" and "Limitations" may join
// too), in upper case or with a capital first letter, when
//   - it starts the text or a sentence (after '.', '?' or '!', closing quotes or
//     brackets, and white space) and is followed by ':', or by '.' and a space;
//   - or it starts the text or a sentence and is followed by a space and a
//     capitalised word: a line break that normalization turned into a space
//     ("METHODS We randomized"). A heading that is not all upper case needs a
//     sentence starter after it ("Methods The trial", not "Results From surveys");
//   - or, all upper case and followed by ':', it follows white space anywhere
//     (a section that ended without a period: "... 120 patients RESULTS: ...");
//   - or it is alone on its line: a line break ('\n') or the start of the text
//     before it and a line break after it ("Background\nScreening uptake ...",
//     as a pasted or JATS structured abstract puts it). Normalized text has no
//     line breaks: the overload with the original text puts them back.
// A heading in mid-sentence ("the results: ...", "our Results: ...") does not count.
//
// What a caller may rely on: headings come in text order and do not overlap; a
// heading's span covers the heading words, its ':' or '.', and the white space
// after it. The work is linear in the text's length.
#ifndef ARGMAP_TEXT_SECTIONS_H_
#define ARGMAP_TEXT_SECTIONS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/normalize.h"

namespace argmap {

enum class Section { kNone, kBackground, kObjective, kMethods, kResults, kConclusions };

// "none", "background", "objective", "methods", "results", "conclusions".
std::string_view SectionName(Section s);

struct Heading {
  Span span;  // the heading word(s) and its ':' or '.', plus trailing white space
  Section section = Section::kNone;
  bool operator==(const Heading&) const = default;
};

// Every heading of a structured abstract in normalized text, in order.
std::vector<Heading> FindHeadings(std::string_view text);
// The same over `norm`, the normalized view of `original`, with the line breaks
// of `original` seen, so that a heading alone on its line counts; spans index
// norm.text.
std::vector<Heading> FindHeadings(const NormalizedText& norm, std::string_view original);

// The section of a line that is a heading and nothing else ("Methods",
// "RESULTS:", "Design, Setting, and Participants."), as a pasted structured
// abstract puts headings on their own lines; kNone for any other line.
Section HeadingLineSection(std::string_view line);

// The section in force at byte `pos`: that of the last heading starting at or
// before `pos`, kNone when there is none. `headings` as FindHeadings returns them.
Section SectionAt(const std::vector<Heading>& headings, size_t pos);

}  // namespace argmap

#endif  // ARGMAP_TEXT_SECTIONS_H_
