// The text `argmap eval` prints for an EvalReport.
//
// FormatReport gives, in this order:
//   - with `misses`, the misses: one line per gold component no node matched and
//     per node that matched no component, grouped by abstract:
//       "  missed  <doc> <role> (sentence <k>): <text>"
//       "  extra   <doc> <role> [<rule>] (sentence <k>): <text>"
//     (k is 1-based; the part in parentheses is left out when the sentence is unknown);
//   - the per-rule table, by rule id: nodes made, matched, precision; scored edges
//     made, counted correct, precision ("-" where the rule made none);
//   - then exactly the lines eval/score.py prints: the per-role table, the core
//     and relations lines, the count of abstracts with no node when there are
//     any, and last the summary line
//       "core F1 0.xxx, relation F1 0.yyy on N abstracts".
// Figures are printed like Python's "{:.3f}" (round half to even on the exact
// binary value, as printf does), so they compare equal line by line.
#ifndef ARGMAP_EVAL_REPORT_H_
#define ARGMAP_EVAL_REPORT_H_

#include <string>

#include "eval/scorer.h"

namespace argmap {

struct ReportOptions {
  bool misses = false;
};

std::string FormatReport(const EvalReport& report, const ReportOptions& options = {});

// The parts of FormatReport.
std::string FormatMisses(const EvalReport& report);
std::string FormatRuleTable(const EvalReport& report);
std::string FormatScores(const EvalReport& report);
// "core F1 0.857, relation F1 0.500 on 3 abstracts" (no newline).
std::string SummaryLine(const EvalReport& report);

}  // namespace argmap

#endif  // ARGMAP_EVAL_REPORT_H_
