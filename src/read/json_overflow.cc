#include "read/json_overflow.h"

#include "core/input_bytes.h"

namespace argmap {

std::string JsonParseReason(const nlohmann::json::parse_error& e) {
  std::string_view what = e.what();
  size_t at = what.find("parse error");
  size_t colon = at == std::string_view::npos ? at : what.find(": ", at);
  // nlohmann quotes the bytes it last read, which may cut a character.
  return Sanitized(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

std::string JsonOverflowReason(const nlohmann::json::out_of_range& e, std::string_view text,
                               size_t* offset) {
  std::string_view what = e.what();
  size_t prefix = what.find("] ");
  if (prefix != std::string_view::npos) what.remove_prefix(prefix + 2);
  size_t open = what.find('\'');
  size_t close = what.rfind('\'');
  *offset = 0;
  if (open != std::string_view::npos && close > open + 1) {
    size_t at = text.find(what.substr(open + 1, close - open - 1));
    if (at != std::string_view::npos) *offset = at;
  }
  return std::string(what);
}

}  // namespace argmap
