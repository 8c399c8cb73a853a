#include "export/doc_groups.h"

#include <array>
#include <map>
#include <string>
#include <string_view>

#include "export/plain_text.h"

namespace argmap {
namespace {

// The bytes of an abstract's opening that label a paper named by a hash.
constexpr size_t kOpeningWidth = 40;

std::string FileName(std::string_view path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// Whether a file name holds a run of 12 or more hexadecimal digits (a hash or a
// generated key, `000_43ff421e1196b072.txt`), which names nothing for a reader.
bool HashLike(std::string_view name) {
  size_t run = 0;
  for (char c : name) {
    bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    run = hex ? run + 1 : 0;
    if (run >= 12) return true;
  }
  return false;
}

}  // namespace

std::string Surname(std::string_view name) {
  if (size_t comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
  static constexpr std::array<std::string_view, 6> kSuffixes = {"Jr.", "Jr", "Sr.",
                                                                "Sr",  "II", "III"};
  std::string_view last;
  for (size_t pos = 0; pos < name.size();) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(pos, end - pos);
    pos = end + 1;
    bool suffix = false;
    for (std::string_view s : kSuffixes) suffix = suffix || word == s;
    if (!word.empty() && (!suffix || last.empty())) last = word;
  }
  return std::string(last);
}

std::string DocumentLabel(const Document& doc, size_t max_title) {
  if (!doc.title.empty()) {
    std::string title = SingleLine(doc.title);
    return max_title == 0 ? title : Shorten(title, max_title);
  }
  std::string surname = doc.authors.empty() ? "" : Surname(doc.authors.front());
  if (!surname.empty() && doc.authors.size() > 1) surname += " et al.";
  if (!surname.empty() || !doc.year.empty()) {
    if (surname.empty() || doc.year.empty()) return surname + doc.year;
    return surname + " " + doc.year;
  }
  std::string number = "#" + std::to_string(doc.record);
  bool default_id = doc.record > 0 && !doc.source.empty() && doc.id.ends_with(number);
  if (!default_id) return doc.id;
  std::string file = FileName(doc.source);
  std::string opening = SingleLine(doc.text);
  if (!HashLike(file) || opening.empty()) return file + " " + number;
  return "\"" + Shorten(opening, kOpeningWidth) + "\"";
}

std::vector<DocumentGroup> GroupByDocument(const ArgumentGraph& graph,
                                           const std::vector<Document>& documents) {
  std::vector<DocumentGroup> groups;
  std::map<std::string, size_t, std::less<>> group_of_id;
  for (const Document& doc : documents) {
    group_of_id.emplace(doc.id, groups.size());
    groups.push_back({doc, {}, {}});
  }
  std::vector<size_t> group_of_node(graph.node_count());
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    const std::string& doc_id = graph.node(v).doc;
    auto [it, inserted] = group_of_id.emplace(doc_id, groups.size());
    if (inserted) {
      Document stand_in;
      stand_in.id = doc_id;
      groups.push_back({std::move(stand_in), {}, {}});
    }
    group_of_node[v] = it->second;
    groups[it->second].nodes.push_back(v);
  }
  for (const ArgumentGraph::EdgeRef& ref : graph.Edges()) {
    groups[group_of_node[ref.source]].edges.push_back(ref);
  }
  return groups;
}

}  // namespace argmap
