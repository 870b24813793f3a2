#include "extract/json_string.h"

#include <string>

#include "extract/text/utf8.h"

namespace eventgraph {

void write_json_string(JsonWriter& w, std::string_view s) {
  if (is_valid_utf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  const std::string clean = sanitized_utf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void write_json_member(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  write_json_string(w, value);
}

}  // namespace eventgraph
