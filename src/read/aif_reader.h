// Reading AIF JSON (the Argument Interchange Format, as AIFdb and OVA save it)
// into an argument graph.
//
// Shapes: AIFdb {"nodes": [{"nodeID", "text", "type"}], "edges": [{"edgeID",
// "fromID", "toID"}], ...}; OVA3 {"AIF": {the same}, "OVA": ..., "text": ...};
// OVA2 {"nodes": [{"id", "type", "text"}], "edges": [{"from": {"id"}, "to":
// {"id"}}]}. Ids may be strings or integers (12 and "12" are the same id).
//
// I-nodes become argmap nodes, in file order. Each RA node becomes a `supports`
// edge and each CA node an `attacks` edge from every I-node pointing to it to
// every I-node it points to, in file order of the scheme nodes. The "argmap"
// extension that ExportAif writes (on nodes and at the top level) restores what
// AIF cannot hold: kinds, ids, documents, rules, spans, alternatives and part_of
// edges. Without it, every I-node is a claim of one document named after the
// file stem ("stdin" for "-"), ids are "<doc>/n<k>" and "<doc>/e<k>" in order,
// and rules "aif/I", "aif/RA" and "aif/CA".
//
// Skipped with a warning: conflicts or inferences aimed at a scheme node (such
// as an undercut), scheme nodes without a premise or a conclusion, edges
// joining two I-nodes directly, and MA and PA nodes (no argmap edge means
// "rephrase" or "preference"). Dialogue nodes (L, YA, TA, ...) are skipped
// without a word. Errors (invalid JSON, no node or edge list, a node without an
// id, an id used twice, an edge whose end is no node) skip what they name and
// make the result false.
#ifndef ARGMAP_READ_AIF_READER_H_
#define ARGMAP_READ_AIF_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

bool ReadAifJson(const std::string& path, std::string_view text, ArgumentGraph* graph,
                 std::vector<Document>* docs, std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_READ_AIF_READER_H_
