#include "model/model_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <sstream>

#include "core/input_bytes.h"
#include "core/spellcheck.h"
#include "rules/embedded.h"

namespace argmap {
namespace {

std::vector<std::string_view> Fields(std::string_view line, std::vector<size_t>* columns) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t b = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > b) {
      out.push_back(line.substr(b, i - b));
      columns->push_back(b);
    }
  }
  return out;
}

bool ParseWeight(std::string_view s, double* w) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, *w);
  return ec == std::errc() && p == end;
}

struct LineParser {
  const std::string& path;
  std::string_view content;
  Model* model;
  std::vector<Diagnostic>* diags;

  bool Error(size_t offset, std::string message) {
    diags->push_back(MakeErrorAt(path, content, offset, std::move(message)));
    return false;
  }

  LinearModel* Section(std::string_view name) {
    if (name == "roles") return &model->roles;
    if (name == "relations") return &model->relations;
    return nullptr;
  }

  bool Classes(size_t start, const std::vector<std::string_view>& f,
               const std::vector<size_t>& col) {
    LinearModel* m = f.size() >= 2 ? Section(f[1]) : nullptr;
    if (!m) {
      return Error(start + (f.size() >= 2 ? col[1] : col[0]),
                   "expected 'classes roles' or 'classes relations'");
    }
    if (!m->classes().empty()) return Error(start + col[1], "classes given twice");
    std::vector<std::string> names(f.begin() + 2, f.end());
    if (names.size() < 2) return Error(start + col[0], "a model needs two classes or more");
    std::vector<std::string> known = m == &model->roles ? RoleClasses() : RelationClasses();
    for (size_t i = 0; i < names.size(); ++i) {
      if (std::find(known.begin(), known.end(), names[i]) == known.end()) {
        return Error(start + col[i + 2],
                     "unknown class '" + names[i] + "'" + DidYouMean(names[i], known));
      }
      if (std::find(names.begin(), names.begin() + i, names[i]) != names.begin() + i) {
        return Error(start + col[i + 2], "class '" + names[i] + "' given twice");
      }
    }
    if (std::find(names.begin(), names.end(), "none") == names.end()) {
      return Error(start + col[0], "a model's classes must include 'none'");
    }
    *m = LinearModel(names);
    return true;
  }

  bool Weight(size_t start, const std::vector<std::string_view>& f,
              const std::vector<size_t>& col) {
    LinearModel* m = Section(f[0]);
    if (f.size() != 4) {
      return Error(start + col[0], "expected '" + std::string(f[0]) +
                                       " FEATURE CLASS WEIGHT', got " + std::to_string(f.size()) +
                                       " fields");
    }
    if (m->classes().empty()) {
      return Error(start + col[0], "weights before 'classes " + std::string(f[0]) + "'");
    }
    int k = m->ClassIndex(f[2]);
    if (k < 0) {
      return Error(start + col[2], "unknown class '" + std::string(f[2]) + "'" +
                                       DidYouMean(std::string(f[2]), m->classes()));
    }
    double w = 0;
    if (!ParseWeight(f[3], &w) || !std::isfinite(w)) {
      return Error(start + col[3], "expected a number, got '" + std::string(f[3]) + "'");
    }
    m->SetWeight(std::string(f[1]), k, w);
    return true;
  }

  bool Line(size_t start, std::string_view line) {
    std::vector<size_t> col;
    std::vector<std::string_view> f = Fields(line, &col);
    if (f.empty() || f[0].starts_with("#")) return true;
    if (f[0] == "classes") return Classes(start, f, col);
    if (Section(f[0])) return Weight(start, f, col);
    return Error(start + col[0],
                 "unknown line '" + std::string(f[0]) + "'" +
                     DidYouMean(std::string(f[0]), {"classes", "roles", "relations"}));
  }
};

}  // namespace

std::vector<std::string> RoleClasses() {
  return {"none", "claim", "conclusion", "premise", "purpose", "method"};
}

std::vector<std::string> RelationClasses() { return {"none", "supports", "attacks"}; }

bool ParseModel(const std::string& path, std::string_view content, Model* model,
                std::vector<Diagnostic>* diags) {
  *model = Model();
  model->source = path;
  if (std::optional<Diagnostic> not_text = CheckText(path, content)) {
    diags->push_back(std::move(*not_text));
    return false;
  }
  LineIndexScope index(content);
  LineParser parser{path, content, model, diags};
  bool ok = true;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ok = parser.Line(start, line) && ok;
    start = end + 1;
  }
  return ok;
}

const Model& DefaultModel() {
  static const Model model = [] {
    Model m;
    std::vector<Diagnostic> diags;
    if (!LoadModel("", &m, &diags)) m = Model();
    return m;
  }();
  return model;
}

bool LoadModel(const std::string& path, Model* model, std::vector<Diagnostic>* diags) {
  if (path.empty()) {
    const EmbeddedFile& f = EmbeddedModelFile();
    return ParseModel(std::string(f.path), f.content, model, diags);
  }
  std::string content;
  if (!ReadBytes(path, nullptr, &content, diags)) return false;
  return ParseModel(path, content, model, diags);
}

std::string SerializeModel(const Model& model, std::string_view comment) {
  std::string out;
  std::istringstream lines{std::string(comment)};
  for (std::string line; std::getline(lines, line);) {
    out += line.empty() ? "#\n" : "# " + line + "\n";
  }
  for (const auto& [name, m] :
       {std::pair{"roles", &model.roles}, std::pair{"relations", &model.relations}}) {
    if (m->classes().empty()) continue;
    out += "classes " + std::string(name);
    for (const std::string& c : m->classes()) out += " " + c;
    out += "\n";
  }
  out += model.roles.Serialize("roles");
  out += model.relations.Serialize("relations");
  return out;
}

}  // namespace argmap
