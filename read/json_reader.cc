#include "read/json_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "extract/text/civil_date.h"
#include "read/dateline.h"
#include "read/text_reader.h"
#include "extract/text/utf8.h"

namespace eventgraph {
namespace {

constexpr const char* kDateFields[] = {"date", "dct", "published", "publishedAt", "pubdate"};

// A string field as valid UTF-8, or nullopt when absent or not a string.
std::optional<std::string> string_field(const rapidjson::Value& obj, const char* name,
                                        std::vector<std::string>& warnings) {
  const auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return std::nullopt;
  std::string s(it->value.GetString(), it->value.GetStringLength());
  size_t first_bad = 0;
  if (const size_t n = sanitize_utf8(s, &first_bad); n > 0) {
    warnings.push_back("invalid UTF-8 in \"" + std::string(name) + "\" at byte " +
                       std::to_string(first_bad) + ": " + std::to_string(n) +
                       " bytes replaced with U+FFFD");
  }
  return s;
}

JsonDocumentResult document_from_value(const rapidjson::Value& obj, std::string source,
                                       uint32_t line, std::string default_id) {
  JsonDocumentResult r;
  if (!obj.IsObject()) {
    r.error = "expected a JSON object";
    return r;
  }
  // An extraction record (what `extract` prints): handed on whole, to be
  // merged without extracting again.
  if (const auto d = obj.FindMember("doc"); !obj.HasMember("text") && d != obj.MemberEnd() && d->value.IsObject()) {
    Document doc;
    doc.is_extraction = true;
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    obj.Accept(w);
    doc.text.assign(buf.GetString(), buf.GetSize());
    doc.info.source = std::move(source);
    doc.info.line = line;
    doc.info.id = string_field(d->value, "id", r.warnings).value_or(std::move(default_id));
    r.document = std::move(doc);
    return r;
  }
  auto text = string_field(obj, "text", r.warnings);
  if (!text) {
    r.error = obj.HasMember("text") ? "\"text\" is not a string" : "missing \"text\"";
    return r;
  }
  Document doc;
  doc.text = std::move(*text);
  doc.info.source = std::move(source);
  doc.info.line = line;
  if (const auto it = obj.FindMember("id"); it != obj.MemberEnd() && it->value.IsNumber()) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    it->value.Accept(w);
    doc.info.id = buf.GetString();
  } else {
    doc.info.id = string_field(obj, "id", r.warnings).value_or(std::move(default_id));
  }
  doc.info.title = string_field(obj, "title", r.warnings).value_or("");
  doc.info.url = string_field(obj, "url", r.warnings).value_or("");
  doc.info.author = string_field(obj, "author", r.warnings).value_or("");
  for (const char* field : kDateFields) {
    const auto value = string_field(obj, field, r.warnings);
    if (!value) continue;
    if (const auto date = parse_iso_date(*value)) {
      doc.info.dct = format_iso(*date);
      break;
    }
    r.warnings.push_back("invalid date \"" + *value + "\" in \"" + field + "\" ignored");
  }
  // A wire record's timestamp is the filing desk's day; its dateline gives
  // the story's own ("TOKYO, April 24" filed in New York on April 23), which
  // "yesterday" in the story counts from.
  if (const auto dateline = string_field(obj, "dateline", r.warnings); dateline && !doc.info.dct.empty()) {
    if (const auto local = dateline_date(*dateline, *parse_iso_date(doc.info.dct))) doc.info.dct = format_iso(*local);
  }
  read_text_header(doc);
  r.document = std::move(doc);
  return r;
}

}  // namespace

uint32_t line_of_offset(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

JsonDocumentResult parse_json_document_in_place(char* json, std::string source, uint32_t line,
                                                std::string default_id) {
  rapidjson::Document d;
  // Iterative: a line of 150,000 nested brackets would overflow the stack of
  // the recursive parser (the pool allocator frees without recursion).
  d.ParseInsitu<rapidjson::kParseIterativeFlag>(json);
  if (d.HasParseError()) {
    JsonDocumentResult r;
    r.error = std::string("JSON syntax error at column ") + std::to_string(d.GetErrorOffset() + 1) +
              ": " + rapidjson::GetParseError_En(d.GetParseError());
    return r;
  }
  return document_from_value(d, std::move(source), line, std::move(default_id));
}

JsonDocumentResult parse_json_document(std::string_view json, std::string source, uint32_t line,
                                       std::string default_id) {
  std::string copy;
  copy.reserve(json.size() + kJsonScanPadding);
  copy.assign(json);
  return parse_json_document_in_place(copy.data(), std::move(source), line, std::move(default_id));
}

std::vector<JsonFileItem> parse_json_file(std::string_view contents, const std::string& source,
                                          const std::string& stem) {
  std::vector<JsonFileItem> items;
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(contents.data(), contents.size());
  if (d.HasParseError()) {
    JsonFileItem item;
    item.line = line_of_offset(contents, d.GetErrorOffset());
    item.result.error = std::string("JSON syntax error: ") + rapidjson::GetParseError_En(d.GetParseError());
    items.push_back(std::move(item));
    return items;
  }
  if (!d.IsArray()) {
    items.push_back({document_from_value(d, source, 1, stem), 1});
    return items;
  }
  // RapidJSON's DOM keeps no positions; array elements are reported by index.
  for (rapidjson::SizeType i = 0; i < d.Size(); ++i) {
    JsonFileItem item{document_from_value(d[i], source, 0, stem + ":" + std::to_string(i + 1)), 0};
    if (!item.result.ok()) item.result.error = "array element " + std::to_string(i + 1) + ": " + item.result.error;
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace eventgraph
