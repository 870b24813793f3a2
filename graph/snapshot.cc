#include "graph/snapshot.h"

#include <rapidjson/document.h>

#include <fstream>

#include "extract/extraction_json.h"
#include "extract/extraction_reader.h"

namespace eventgraph {
namespace {

constexpr int kVersion = 1;

// The value of an unsigned member of a JSON object, or -1.
long long member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return -1;
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsUint() ? static_cast<long long>(it->value.GetUint()) : -1LL;
}

// The same of a one-line JSON object, or -1 when the line is not one.
long long member(const std::string& line, const char* name) {
  rapidjson::Document d;
  d.Parse(line.c_str(), line.size());
  return d.HasParseError() ? -1 : member(d, name);
}

}  // namespace

Snapshot::AddOutcome Snapshot::add(const Extraction& x) {
  // The same document (by id) anywhere in the snapshot: same text, nothing to
  // do; another text, the new record replaces it.
  AddOutcome outcome = AddOutcome::kAdded;
  if (const auto old = key_of_id_.find(x.doc.id); old != key_of_id_.end()) {
    if (records_.at(old->second).text_hash == x.text_hash) return AddOutcome::kSame;
    records_.erase(old->second);
    key_of_id_.erase(old);
    outcome = AddOutcome::kChanged;
  }
  Key key{x.doc.source, x.doc.line, x.doc.id};
  key_of_id_.emplace(x.doc.id, key);
  records_.emplace(std::move(key), Record{x.text_hash, extraction_to_json(x)});
  return outcome;
}

std::optional<std::string> Snapshot::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": cannot open the snapshot";
  return read(in, path);
}

std::optional<std::string> Snapshot::read(std::istream& in, const std::string& name) {
  std::string line;
  if (!std::getline(in, line)) return name + ": empty file, not an eventgraph snapshot";
  rapidjson::Document header;
  header.Parse(line.c_str(), line.size());
  if (header.HasParseError() || !header.IsObject() || !header.HasMember("format") || !header["format"].IsString() ||
      std::string(header["format"].GetString()) != "eventgraph-snapshot") {
    return name + ":1: not an eventgraph snapshot";
  }
  if (!header.HasMember("version") || !header["version"].IsInt() || header["version"].GetInt() != kVersion) {
    return name + ":1: snapshot version not supported (this program reads version " + std::to_string(kVersion) + ")";
  }
  const long long announced = member(header, "records");
  if (announced < 0) return name + ":1: the header does not say how many records follow";
  // Read all, then merge: a broken file changes nothing.
  std::vector<Extraction> read;
  uint32_t line_no = 1;
  bool ended = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (static_cast<long long>(read.size()) == announced) {
      if (member(line, "end") != announced) return name + ":" + std::to_string(line_no) + ": expected the end line";
      ended = true;
      break;
    }
    ParsedExtraction p = extraction_from_json(line);
    if (!p.ok()) return name + ":" + std::to_string(line_no) + ": broken record: " + p.error;
    read.push_back(std::move(*p.extraction));
  }
  if (!ended) {
    return name + ": truncated: " + std::to_string(read.size()) + " of " + std::to_string(announced) +
           " records and no end line";
  }
  if (std::getline(in, line) && !line.empty()) return name + ":" + std::to_string(line_no + 1) + ": text after the end line";
  for (const Extraction& x : read) add(x);
  return std::nullopt;
}

void Snapshot::for_each(const std::function<void(const Extraction&)>& visit) const {
  for (const auto& [key, r] : records_) visit(*extraction_from_json(r.json).extraction);
}

void Snapshot::write(std::ostream& out) const {
  out << "{\"format\":\"eventgraph-snapshot\",\"version\":" << kVersion << ",\"records\":" << records_.size() << "}\n";
  for (const auto& [key, r] : records_) out << r.json << '\n';
  out << "{\"end\":" << records_.size() << "}\n";
}

}  // namespace eventgraph
