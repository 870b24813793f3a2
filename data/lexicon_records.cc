#include "data/lexicons.h"

namespace eventgraph {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<LexiconRecord> read_lexicon(std::string_view name) {
  std::vector<LexiconRecord> records;
  std::string_view rest = lexicon_file(name);
  unsigned line_no = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    const std::string_view line = trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    LexiconRecord record;
    record.line = line_no;
    std::string_view fields = line;
    while (true) {
      const size_t bar = fields.find('|');
      record.fields.push_back(trim(fields.substr(0, bar)));
      if (bar == std::string_view::npos) break;
      fields = fields.substr(bar + 1);
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace eventgraph
