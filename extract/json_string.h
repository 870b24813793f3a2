// json_string.h: writing strings through RapidJSON without ever producing
// invalid JSON. RapidJSON copies bytes through unchecked; this replaces
// invalid UTF-8 with U+FFFD first. Every JSON writer in eventgraph uses it.
//
//   rapidjson::StringBuffer buf;
//   JsonWriter w(buf);
//   write_json_string(w, "caf\xC3");  // "caf\uFFFD" as UTF-8
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

namespace eventgraph {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_json_string(JsonWriter& w, std::string_view s);

// "key": "value", the value written as write_json_string() writes it.
void write_json_member(JsonWriter& w, const char* key, std::string_view value);

}  // namespace eventgraph
