// The HTML viewer in a real browser: `argmap render -o page.html`, then headless
// Chromium loads the page from a file:// URL with the page's test hooks
// (#click=<id> clicks the node in the map, #click-text=<id> its marked passage;
// see export/html_assets.h), dumps the DOM after the page's script ran, and the
// test checks that the explanation, the highlights and the selected map node
// appear. A screenshot goes to <build dir>/html_viewer.png for a person to look
// at. Skipped with a message when chromium or dot is missing, failed under
// CI=true (scripts/setup.sh installs both).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "argmap_run.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

using testing::Sh;

bool Has(const std::string& s, const std::string& part) { return s.find(part) != s.npos; }

// The start tag of the first element whose start tag contains `attribute`.
std::string StartTag(const std::string& dom, const std::string& attribute) {
  size_t at = dom.find(attribute);
  if (at == std::string::npos) return "";
  size_t begin = dom.rfind('<', at);
  return dom.substr(begin, dom.find('>', at) + 1 - begin);
}

constexpr char kRecord[] =
    "{\"id\": \"v1\", \"title\": \"\xE8\xAB\x96\xE6\x96\x87\xE3\x81\xAE\xE9\xA1\x8C\xE5\x90\x8D: "
    "caf\xC3\xA9 \xE2\x80\x9Cpolitics\xE2\x80\x9D\", \"authors\": [\"Zo\xC3\xAB M\xC3\xBCller\"], "
    "\"year\": \"2024\", \"abstract\": \"This article examines why coalition cabinets fall early. "
    "We argue that coalition cabinets collapse early because junior partners fear \xE2\x80\x9C"
    "electoral\xE2\x80\x9D losses. However, strong party leaders may keep cabinets together.\"}\n";

// A scratch directory holding the record of kRecord as in.jsonl.
class ViewerRun {
 public:
  ViewerRun() { dir_.Write("in.jsonl", kRecord); }

  void Write(const std::string& name, const std::string& content) { dir_.Write(name, content); }
  int Argmap(const std::string& args, std::string* out) {
    testing::ArgmapRun r = dir_.Argmap(args);
    *out = r.out;
    return r.status;
  }
  // Chromium, headless and offline, with a fresh profile, on the page with `fragment`.
  std::string Chromium(const std::string& action, const std::string& fragment) {
    fs::remove_all(dir_ / "profile");
    std::string command =
        "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic "
        "--no-first-run --disable-background-networking --disable-component-update "
        "--disable-sync --user-data-dir=" +
        Sh((dir_ / "profile").string()) + " --window-size=1280,860 " + action + " " +
        Sh("file://" + (dir_ / "page.html").string() + "#" + fragment);
    testing::ArgmapRun r = dir_.Shell(command);
    CHECK(r.status == 0);
    return r.out;
  }

 private:
  testing::RunDir dir_;
};

// The id of the node whose text contains `part`, from `argmap extract --format json`.
std::string NodeWithText(const std::string& json_text, const std::string& part) {
  nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
  REQUIRE(json.is_object());
  for (const nlohmann::json& node : json["nodes"]) {
    if (Has(node["text"].get<std::string>(), part)) return node["id"].get<std::string>();
  }
  return "";
}

void CheckSelected(const std::string& dom, const std::string& id) {
  CHECK(Has(dom, "<body data-selected=\"" + id + "\">"));
  std::string why = StartTag(dom, "data-id=\"" + id + "\"");
  CHECK(why.starts_with("<div class=\"why\""));
  CHECK_FALSE(Has(why, "hidden"));
  CHECK(Has(StartTag(dom, "<p id=\"am-hint\""), "hidden"));
  CHECK(Has(dom, " sel\" data-nodes="));
  CHECK(Has(dom, "class=\"sent sel-sent\""));
  CHECK(Has(StartTag(dom, "<g id=\"" + id + "\""), "class=\"node am-link sel\""));
}

// `n` records of one pattern, paper k about "cabinets of type k".
std::string ManyRecords(int n) {
  std::string out;
  for (int k = 1; k <= n; ++k) {
    std::string t = std::to_string(k);
    out += "{\"id\": \"p" + t + "\", \"title\": \"Cabinets " + t +
           "\", \"abstract\": \"This article examines why cabinets of type " + t +
           " fall early. We argue that cabinets of type " + t +
           " collapse because junior partners fear losses. However, strong leaders may keep "
           "them together.\"}\n";
  }
  return out;
}

// The start tag of paper k's drawing, article and list entry are shown or hidden together.
void CheckPaperShown(const std::string& dom, int k, bool shown) {
  std::string n = std::to_string(k);
  CAPTURE(n);
  CHECK(Has(StartTag(dom, "class=\"am-paper-map\" data-paper=\"" + n + "\""), "hidden") != shown);
  CHECK(Has(StartTag(dom, "id=\"am-doc-" + n + "\""), "hidden") != shown);
  CHECK(Has(StartTag(dom, "href=\"#paper=" + n + "\""), "class=\"cur\"") == shown);
}

TEST_SUITE("html_viewer") {
  TEST_CASE("a page of 20 or 200 papers shows one paper at a time, picked or selected") {
    if (!testing::Needs(testing::OnPath("chromium") && testing::OnPath("dot"),
                        "the viewer test needs chromium and dot (scripts/setup.sh installs them)"))
      return;
    for (int n : {20, 200}) {
      CAPTURE(n);
      ViewerRun run;
      run.Write("many.jsonl", ManyRecords(n));
      std::string json, ignored;
      REQUIRE(run.Argmap("extract --format json many.jsonl", &json) == 0);
      REQUIRE(run.Argmap("render many.jsonl -o page.html", &ignored) == 0);
      std::string opened = run.Chromium("--dump-dom", "");
      CHECK(Has(opened, "<nav id=\"am-papers\"><p><b>" + std::to_string(n) + " papers</b>"));
      CheckPaperShown(opened, 1, true);
      CheckPaperShown(opened, n, false);
      CHECK(Has(opened, "data-paper=\"1\"><svg"));  // the first map drawn, in view

      std::string picked = run.Chromium("--dump-dom", "paper=" + std::to_string(n));
      CheckPaperShown(picked, 1, false);
      CheckPaperShown(picked, n, true);

      int k = n * 3 / 4;
      std::string id = NodeWithText(json, "cabinets of type " + std::to_string(k) + " collapse");
      REQUIRE(id != "");
      std::string selected = run.Chromium("--dump-dom", "click=" + id);
      CheckSelected(selected, id);
      CheckPaperShown(selected, 1, false);
      CheckPaperShown(selected, k, true);
    }
  }

  TEST_CASE("a click on a node in the map or in the text shows why it was extracted") {
    if (!testing::Needs(testing::OnPath("chromium") && testing::OnPath("dot"),
                        "the viewer test needs chromium and dot (scripts/setup.sh installs them)"))
      return;
    ViewerRun run;
    std::string json, ignored;
    REQUIRE(run.Argmap("extract --format json in.jsonl", &json) == 0);
    std::string id = NodeWithText(json, "junior partners");
    REQUIRE(id != "");
    REQUIRE(run.Argmap("render in.jsonl -o page.html", &ignored) == 0);

    std::string map_click = run.Chromium("--dump-dom", "click=" + id);
    CheckSelected(map_click, id);
    std::string text_click = run.Chromium("--dump-dom", "click-text=" + id);
    CheckSelected(text_click, id);
    CHECK(Has(text_click, "<dt>rule</dt><dd><code>"));
    CHECK(Has(text_click, "<dt>span</dt><dd>characters "));

    fs::path shot = fs::path(ARGMAP_BIN).parent_path() / "html_viewer.png";
    fs::remove(shot);
    run.Chromium("--screenshot=" + Sh(shot.string()), "select=" + id);
    std::ifstream in(shot, std::ios::binary);
    std::string magic(8, '\0');
    in.read(magic.data(), 8);
    CHECK(magic == std::string("\x89PNG\r\n\x1A\n", 8));
    CHECK(fs::file_size(shot) > 20000);
    MESSAGE("screenshot: " << shot.string());
  }
}

}  // namespace
}  // namespace argmap
