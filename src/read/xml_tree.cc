#include "read/xml_tree.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <mutex>

#include "core/name_table.h"

namespace argmap::read_internal {
namespace {

// No network, no DTD or external entity loaded, line numbers past 65535 kept.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;

void InitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// Keeps the first error libxml2 reports while it lives (libxml2's handler is per thread).
class FirstError {
 public:
  FirstError() { xmlSetStructuredErrorFunc(this, &FirstError::Handle); }
  ~FirstError() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
  FirstError(const FirstError&) = delete;
  FirstError& operator=(const FirstError&) = delete;
  bool seen = false;
  XmlError error;

 private:
  static void Handle(void* self, xmlErrorPtr e) {
    auto* me = static_cast<FirstError*>(self);
    if (me->seen || e == nullptr || e->level < XML_ERR_ERROR) return;
    me->seen = true;
    me->error.line = e->line;
    me->error.column = e->int2;
    std::string message = e->message ? e->message : "not well-formed";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    me->error.message = message;
  }
};

std::string_view View(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Elements whose text stands apart from the text around it (paragraphs, headings,
// TEI's sentences); the others are inline markup ("H<sub>2</sub>O" stays one word).
bool IsBlock(std::string_view name) {
  for (std::string_view block :
       {"p", "sec", "title", "div", "head", "s", "list", "list-item", "item", "AbstractText",
        "label", "caption", "abstract", "disp-quote", "fig", "table-wrap"}) {
    if (name == block) return true;
  }
  return false;
}

// Marks where a citation marker was left out (DropCitations removes it).
constexpr char kCitation = '\x01';

// A reference to the bibliography: JATS <xref ref-type="bibr">, TEI <ref
// type="bibr">. Its text ("1", "Smith 2001") is no part of the sentence.
bool IsCitation(const xmlNode* n) {
  std::string_view name = View(n->name);
  return (name == "xref" && Attribute(n, "ref-type") == "bibr") ||
         (name == "ref" && Attribute(n, "type") == "bibr");
}

void AppendText(const xmlNode* node, std::string* out) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && IsCitation(n)) {
      out->push_back(kCitation);
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      out->append(View(n->content));
    } else if (n->type == XML_ELEMENT_NODE || n->type == XML_ENTITY_REF_NODE) {
      bool block = n->type == XML_ELEMENT_NODE && IsBlock(View(n->name));
      if (block) out->push_back(' ');  // <p>a</p><p>b</p>: "a b"
      AppendText(n->children, out);
      if (block) out->push_back(' ');
    }
  }
}

// The SAX start of an element as libxml2's own, keeping its line past 65535;
// at the root of a fragment the line count moves on to the fragment's first
// line (the file's prolog and root start tag are parsed before it, on their own
// lines).
struct FragmentStart {
  xmlParserCtxtPtr ctxt = nullptr;
  int first_line = 0;  // 0 once moved on
};

void StartElement(void* ctx, const xmlChar* local, const xmlChar* prefix, const xmlChar* uri,
                  int namespaces_count, const xmlChar** namespaces, int attributes_count,
                  int defaulted, const xmlChar** attributes) {
  xmlSAX2StartElementNs(ctx, local, prefix, uri, namespaces_count, namespaces, attributes_count,
                        defaulted, attributes);
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  // Past line 65535 libxml2 keeps an element's line nowhere (xmlGetLineNo then
  // gives its first child's, often the next line): LineOf finds it in psvi,
  // which only schema validation would use.
  if (ctxt->node != nullptr && ctxt->node->line == USHRT_MAX && ctxt->input != nullptr) {
    ctxt->node->psvi = reinterpret_cast<void*>(static_cast<intptr_t>(ctxt->input->line));
  }
  auto* start = static_cast<FragmentStart*>(ctxt->_private);
  if (start == nullptr || start->first_line == 0 || ctxt->input == nullptr) return;
  ctxt->input->line = start->first_line;
  ctxt->input->col = 1;
  start->first_line = 0;
}

}  // namespace

bool XmlTree::Parse(std::string_view content, XmlError* error, const XmlFragment& fragment) {
  InitOnce();
  std::string wrapped;  // a fragment between the file's opening and its root end tag
  if (!fragment.open.empty() || !fragment.close.empty()) {
    wrapped.reserve(fragment.open.size() + content.size() + fragment.close.size());
    wrapped.append(fragment.open).append(content).append(fragment.close);
    content = wrapped;
  }
  if (content.size() > INT_MAX) {
    *error = {0, 0, "the file is too large to parse as XML"};
    return false;
  }
  FirstError first;
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(xmlNewParserCtxt(),
                                                                  xmlFreeParserCtxt);
  if (!ctxt) {
    *error = {0, 0, "out of memory"};
    return false;
  }
  FragmentStart start{ctxt.get(), fragment.open.empty() ? 0 : fragment.line_base + 1};
  ctxt->_private = &start;
  ctxt->sax->startElementNs = StartElement;
  // UTF-8 whatever the declaration says, by ignoring it: naming "UTF-8" here
  // would make libxml2 2.9 decode the input as a stream and stop past 10 MB
  // ("internal error: Huge input lookup").
  doc_.reset(xmlCtxtReadMemory(ctxt.get(), content.data(), static_cast<int>(content.size()),
                               nullptr, nullptr, kParseOptions | XML_PARSE_IGNORE_ENC));
  if (doc_ && ctxt->wellFormed && !first.seen) return true;
  doc_.reset();
  *error = first.seen ? first.error : XmlError{0, 0, "not well-formed"};
  return false;
}

bool ParseXmlInput(const ReadContext& ctx, XmlTree* tree) {
  XmlError error;
  if (tree->Parse(ctx.content, &error, {ctx.xml_open, ctx.xml_close, ctx.line_base})) return true;
  std::string message = "not well-formed XML: " + error.message;
  // The error's line within ctx.content: a fragment's lines are counted as the
  // file's; an error in what was parsed before it is placed at its start, and
  // one in what was parsed after it (the root end tag) at its end.
  int line = error.line - ctx.line_base;
  if (error.line > 0 && line < 1) line = 1, error.column = 1;
  size_t offset = 0;  // of the error's line, then of its column
  for (int l = 1; l < line && offset < ctx.content.size(); ++l) {
    size_t eol = ctx.content.find('\n', offset);
    offset = eol == std::string_view::npos ? ctx.content.size() : eol + 1;
  }
  if (error.line > 0) {
    size_t eol = std::min(ctx.content.find('\n', offset), ctx.content.size());
    offset = std::min(eol, offset + std::max(error.column, 1) - 1);
    ctx.diags->push_back(MakeErrorAt(ctx.path, ctx.content, offset, std::move(message)));
  } else {
    AddError(ctx, 0, std::move(message));
  }
  return false;
}

const xmlNode* XmlTree::root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

std::string XmlRootName(std::string_view content) {
  InitOnce();
  // A SAX push parser fed a piece at a time, stopped at the first start tag: an
  // error later in the file (the reader reports it) does not hide the root.
  struct State {
    std::string name;
    xmlParserCtxtPtr ctxt = nullptr;
  } state;
  xmlSAXHandler sax{};
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = [](void* user, const xmlChar* local, const xmlChar*, const xmlChar*, int,
                          const xmlChar**, int, int, const xmlChar**) {
    auto* st = static_cast<State*>(static_cast<xmlParserCtxtPtr>(user)->_private);
    if (st->name.empty()) st->name = View(local);
    xmlStopParser(st->ctxt);
  };
  FirstError quiet;  // a broken file is reported by the reader, not here
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(
      xmlCreatePushParserCtxt(&sax, nullptr, nullptr, 0, nullptr), xmlFreeParserCtxt);
  if (!ctxt) return "";
  xmlCtxtUseOptions(ctxt.get(), kParseOptions);
  ctxt->_private = &state;
  state.ctxt = ctxt.get();
  constexpr size_t kPiece = 4096;
  for (size_t at = 0; at < content.size() && state.name.empty() && !ctxt->disableSAX;
       at += kPiece) {
    std::string_view piece = content.substr(at, kPiece);
    bool last = at + kPiece >= content.size();
    if (xmlParseChunk(ctxt.get(), piece.data(), static_cast<int>(piece.size()), last) != 0) break;
  }
  // What the parser built on its own (a document for a DTD's entities) is ours to free.
  if (ctxt->myDoc != nullptr) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
  return state.name;
}

InputFormat XmlFormatOf(std::string_view root_name) {
  static constexpr NamedValue<InputFormat> kRoots[] = {
      {InputFormat::kPubmedXml, "PubmedArticleSet"},
      {InputFormat::kPubmedXml, "PubmedArticle"},
      {InputFormat::kJats, "article"},
      {InputFormat::kJats, "pmc-articleset"},
      {InputFormat::kTei, "TEI"},
      {InputFormat::kTei, "teiCorpus"},
      {InputFormat::kEndnoteXml, "xml"},
  };
  InputFormat format = InputFormat::kXml;
  FindName(kRoots, root_name, &format);
  return format;
}

void ReadXml(const ReadContext& ctx) {
  std::string root = XmlRootName(ctx.content);
  switch (XmlFormatOf(root)) {
    case InputFormat::kPubmedXml:
      return ReadPubmedXml(ctx);
    case InputFormat::kJats:
      return ReadJats(ctx);
    case InputFormat::kTei:
      return ReadTei(ctx);
    case InputFormat::kEndnoteXml:
      return ReadEndnoteXml(ctx);
    default:
      break;
  }
  XmlTree tree;
  if (!ParseXmlInput(ctx, &tree)) return;  // not XML at all: the parser's own error
  AddError(ctx, LineOf(tree.root()),
           "XML with the root element <" + std::string(LocalName(tree.root())) +
               "> is none of the formats argmap reads: PubMed XML (<PubmedArticleSet>), "
               "JATS (<article>), GROBID TEI (<TEI>) and EndNote XML (<xml>)");
}

std::string_view LocalName(const xmlNode* node) {
  return node && node->type == XML_ELEMENT_NODE ? View(node->name) : std::string_view();
}

std::vector<const xmlNode*> Children(const xmlNode* node, std::string_view name) {
  std::vector<const xmlNode*> out;
  if (node == nullptr) return out;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && LocalName(c) == name) out.push_back(c);
  }
  return out;
}

const xmlNode* Child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && LocalName(c) == name) return c;
  }
  return nullptr;
}

const xmlNode* Descend(const xmlNode* node, std::initializer_list<std::string_view> path) {
  for (std::string_view name : path) node = Child(node, name);
  return node;
}

std::string Attribute(const xmlNode* node, std::string_view name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (View(a->name) != name) continue;
    std::string value;
    AppendText(a->children, &value);
    return value;
  }
  return "";
}

// `raw` without its citation marks, and without the brackets that held only
// citations and their separators: "it [1, 2]." -> "it .", "it (3)." -> "it .".
std::string DropCitations(const std::string& raw) {
  if (raw.find(kCitation) == std::string::npos) return raw;
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char close = raw[i] == '[' ? ']' : raw[i] == '(' ? ')' : '\0';
    if (close != '\0') {
      size_t j = i + 1;
      bool cited = false;
      while (j < raw.size() && (raw[j] == kCitation || IsXmlSpace(raw[j]) || raw[j] == ',' ||
                                raw[j] == ';' || raw[j] == '-')) {
        cited = cited || raw[j] == kCitation;
        ++j;
      }
      if (cited && j < raw.size() && raw[j] == close) {
        while (!out.empty() && IsXmlSpace(out.back())) out.pop_back();
        i = j;
        continue;
      }
    }
    if (raw[i] != kCitation) out.push_back(raw[i]);
  }
  return out;
}

std::string Text(const xmlNode* node) {
  if (node == nullptr) return "";
  std::string raw;
  AppendText(node->children, &raw);
  raw = DropCitations(raw);
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (IsXmlSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void AppendTexts(const std::vector<const xmlNode*>& nodes, std::vector<std::string>* out) {
  for (const xmlNode* node : nodes) {
    if (std::string text = Text(node); !text.empty()) out->push_back(std::move(text));
  }
}

int LineOf(const xmlNode* node) {
  if (node != nullptr && node->type == XML_ELEMENT_NODE && node->line == USHRT_MAX &&
      node->psvi != nullptr) {
    return static_cast<int>(reinterpret_cast<intptr_t>(node->psvi));
  }
  long line = node ? xmlGetLineNo(node) : 0;
  return line > 0 && line <= INT_MAX ? static_cast<int>(line) : 0;
}

int LineIn(const ReadContext& ctx, const xmlNode* node) {
  int line = LineOf(node);
  return line > ctx.line_base ? line - ctx.line_base : 0;
}

}  // namespace argmap::read_internal
