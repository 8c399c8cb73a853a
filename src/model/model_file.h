// argmap's model file: the weights of the role scorer and the relation scorer, as text.
//
// The file is what `argmap train` writes and `--model FILE` reads; the default model
// (rules/default.model) is built into the binary beside the rules. Its lines:
//   # comment                                  (anywhere; blank lines too)
//   classes roles none claim conclusion ...     the classes of each model, once each,
//   classes relations none supports attacks     before any weight of that model
//   roles <feature> <class> <weight>            a weight of the role model
//   relations <feature> <class> <weight>        a weight of the relation model
// Serialize writes the header comment, the two class lines and then every weight,
// sorted (model/linear_model.h), so the same weights always give the same bytes.
//
// What a caller may rely on: ParseModel reports every bad line as
// "path:line:col: error: ..." with the line and a caret and returns false; a parsed
// model's class lists hold only the classes of RoleClasses / RelationClasses,
// 'none' among them, each once; weights are finite. A model with no weights (an
// empty file, or classes lines alone) decides nothing: extraction then keeps
// every rule's own nodes and relations (pipeline/extract.h).
#ifndef ARGMAP_MODEL_MODEL_FILE_H_
#define ARGMAP_MODEL_MODEL_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/linear_model.h"

namespace argmap {

struct Model {
  LinearModel roles;
  LinearModel relations;
  std::string source;  // where it was read from ("rules/default.model", a path)
};

bool ParseModel(const std::string& path, std::string_view content, Model* model,
                std::vector<Diagnostic>* diags);
// The built-in model (rules/default.model), parsed once; an empty model if it
// does not parse (a test keeps it parsing).
const Model& DefaultModel();
// The file at `path`, or the built-in default model when `path` is empty.
bool LoadModel(const std::string& path, Model* model, std::vector<Diagnostic>* diags);
// The model as text; `comment` (lines without '#') opens the file as comments.
std::string SerializeModel(const Model& model, std::string_view comment);

// The classes of the two models, in their fixed order.
std::vector<std::string> RoleClasses();
std::vector<std::string> RelationClasses();

}  // namespace argmap

#endif  // ARGMAP_MODEL_MODEL_FILE_H_
