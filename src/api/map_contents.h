// What the opaque values of the embedding API (api/argmap.h) hold: a Map's
// graph and documents, a Comparison's papers and links. For the library's own
// api/argmap.cc and its tests; a program that embeds argmap includes only
// api/argmap.h, and so depends on none of the types named here.
#ifndef ARGMAP_API_MAP_CONTENTS_H_
#define ARGMAP_API_MAP_CONTENTS_H_

#include <string>
#include <vector>

#include "api/argmap.h"
#include "compare/align.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap::api {

struct MapContents {
  ArgumentGraph graph;
  std::vector<Document> documents;
  std::string diagnostics;  // the warnings (and skipped errors) of reading, as printed
  std::string source;       // the input it was read from (a path, or MapRecords' name)
};

struct ComparisonContents {
  Map papers;
  std::vector<Alignment> links;
  argmap::CompareOptions options;  // as checked from api::CompareOptions
};

}  // namespace argmap::api

#endif  // ARGMAP_API_MAP_CONTENTS_H_
