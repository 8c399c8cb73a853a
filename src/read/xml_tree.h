// Internal to src/read: an XML document parsed by libxml2, and the few read-only
// queries the XML readers (PubMed, JATS, TEI) ask of it.
//
// Parsing is safe on untrusted input: no network, no external DTD or entity is
// loaded and no entity is substituted (libxml2's own limits against entity
// expansion stay on). The content is taken as UTF-8 whatever its XML declaration
// says (the input gate has already converted it). Elements are matched by their
// local name, so a default namespace (TEI's) or a prefix does not matter.
//
// What a caller may rely on: Parse never throws; a document that is not
// well-formed gives false and the first error libxml2 reported, with its line and
// column. Text() is every text below a node (inline markup such as <i>, <sup>
// dropped, character references decoded) with runs of white space folded into one
// space and trimmed. Node pointers live as long as the XmlTree.
//
// A fragment (a chunk of a streamed PubMed XML file, record_stream.h) is parsed
// between the file's own opening (its prolog and root start tag, as in the file)
// and the root end tag, with libxml2 counting lines as in the whole file: node
// lines and the line numbers inside libxml2's messages are the file's.
#ifndef ARGMAP_READ_XML_TREE_H_
#define ARGMAP_READ_XML_TREE_H_

#include <libxml/tree.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "read/reader.h"
#include "read/readers_internal.h"

namespace argmap::read_internal {

struct XmlError {
  int line = 0;    // 1-based, 0 when unknown
  int column = 0;  // 1-based, 0 when unknown
  std::string message;
};

// Where a fragment sits in its file: what is parsed before and after it.
struct XmlFragment {
  std::string_view open;   // the file's start, up to its root start tag's '>' ("": content has it)
  std::string_view close;  // the root end tag ("": content has it)
  int line_base = 0;       // the lines before the content (it starts a line when `open` is given)
};

class XmlTree {
 public:
  bool Parse(std::string_view content, XmlError* error, const XmlFragment& fragment = {});
  const xmlNode* root() const;

 private:
  struct FreeDoc {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
  };
  std::unique_ptr<xmlDoc, FreeDoc> doc_;
};

// Parses ctx.content (a fragment when ctx.xml_open or ctx.xml_close is set) into
// `tree`; when it is not well-formed XML, adds the error "path:line:col: error:
// not well-formed XML: <libxml2's message>" (the place in ctx.content) and
// returns false.
bool ParseXmlInput(const ReadContext& ctx, XmlTree* tree);

// The local name of the first element of `content` ("" when there is none in
// its first bytes, or they are not XML): how detection tells the XML formats
// apart without parsing the whole file.
std::string XmlRootName(std::string_view content);

// The reader of an XML root element: kPubmedXml, kJats, kTei or kEndnoteXml; kXml for any
// other name.
InputFormat XmlFormatOf(std::string_view root_name);

// Reads XML of the kind its root element names; any other root gets the error
// "XML with the root element <name> is none of the formats argmap reads: PubMed
// XML (<PubmedArticleSet>), JATS (<article>), GROBID TEI (<TEI>) and EndNote XML (<xml>)".
void ReadXml(const ReadContext& ctx);

std::string_view LocalName(const xmlNode* node);
// The element children of `node` with local name `name`, in order.
std::vector<const xmlNode*> Children(const xmlNode* node, std::string_view name);
// The first element child named `name`, or nullptr (also when `node` is nullptr).
const xmlNode* Child(const xmlNode* node, std::string_view name);
// Child(Child(node, a), b)...: the first element down a path of names.
const xmlNode* Descend(const xmlNode* node, std::initializer_list<std::string_view> path);
// The value of attribute `name` (local name), or "".
std::string Attribute(const xmlNode* node, std::string_view name);
// All text below `node`, white space folded, without citation markers (JATS
// <xref ref-type="bibr">, TEI <ref type="bibr">) and the brackets that held
// only them; "" for nullptr.
std::string Text(const xmlNode* node);
// Appends the Text of each of `nodes` that has one (keywords, terms).
void AppendTexts(const std::vector<const xmlNode*>& nodes, std::vector<std::string>* out);
// The 1-based line where `node` starts, 0 when unknown.
int LineOf(const xmlNode* node);
// LineOf within ctx.content (a chunk's own line, as ReadContext lines are).
int LineIn(const ReadContext& ctx, const xmlNode* node);

}  // namespace argmap::read_internal

#endif  // ARGMAP_READ_XML_TREE_H_
