#include "extract/syntax/conllu.h"

#include <charconv>

namespace eventgraph::syntax {
namespace {

bool parse_int(std::string_view s, int& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Splits `line` at tabs into exactly ten fields; false otherwise.
bool split_fields(std::string_view line, std::string_view (&fields)[10]) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] != '\t') continue;
    if (k == 10) return false;
    fields[k++] = line.substr(start, i - start);
    start = i + 1;
  }
  return k == 10;
}

}  // namespace

ConlluDocument read_conllu(std::string_view text, std::string_view file_name) {
  ConlluDocument doc;
  ConlluSentence current;
  bool broken = false;
  size_t line_number = 0;
  auto problem = [&](size_t line, std::string_view what) {
    doc.problems.push_back(std::string(file_name) + ":" + std::to_string(line) + ": " + std::string(what));
  };
  auto finish = [&]() {
    if (!current.words.empty() && !broken) {
      // Heads must point inside the sentence; the reader checks it once here.
      for (const ConlluWord& w : current.words)
        if (w.head >= static_cast<int>(current.words.size())) {
          problem(current.line, "a head points past the sentence's last word; sentence skipped");
          broken = true;
          break;
        }
      if (!broken) doc.sentences.push_back(std::move(current));
    }
    current = ConlluSentence();
    broken = false;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
      continue;
    }
    if (current.line == 0) current.line = line_number;
    if (line[0] == '#') {
      current.comments.emplace_back(line);
      continue;
    }
    std::string_view f[10];
    if (!split_fields(line, f)) {
      problem(line_number, "a word line needs ten tab-separated fields; sentence skipped");
      broken = true;
      continue;
    }
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // an empty node
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      int first = 0, last = 0;
      if (!parse_int(id.substr(0, dash), first) || !parse_int(id.substr(dash + 1), last) || first < 1 ||
          last < first) {
        problem(line_number, "bad multiword token range; sentence skipped");
        broken = true;
        continue;
      }
      current.ranges.push_back({first - 1, last - 1, std::string(f[1]), std::string(f[9])});
      continue;
    }
    int index = 0;
    if (!parse_int(id, index) || index != static_cast<int>(current.words.size()) + 1) {
      problem(line_number, "word ids must count 1, 2, 3...; sentence skipped");
      broken = true;
      continue;
    }
    ConlluWord w;
    w.form = std::string(f[1]);
    w.lemma = std::string(f[2]);
    w.upos = std::string(f[3]);
    w.xpos = std::string(f[4]);
    w.feats = std::string(f[5]);
    if (f[6] != "_") {
      int head = 0;
      if (!parse_int(f[6], head) || head < 0) {
        problem(line_number, "bad head; sentence skipped");
        broken = true;
        continue;
      }
      w.head = head - 1;
    }
    w.deprel = std::string(f[7]);
    w.deps = std::string(f[8]);
    w.misc = std::string(f[9]);
    current.words.push_back(std::move(w));
  }
  finish();
  return doc;
}

void append_conllu(const ConlluSentence& s, std::string& out) {
  for (const std::string& c : s.comments) {
    out += c;
    out += '\n';
  }
  size_t next_range = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    while (next_range < s.ranges.size() && s.ranges[next_range].first == static_cast<int>(i)) {
      const ConlluRange& r = s.ranges[next_range++];
      out += std::to_string(r.first + 1) + "-" + std::to_string(r.last + 1) + "\t" + r.form + "\t_\t_\t_\t_\t_\t_\t_\t" +
             r.misc + "\n";
    }
    const ConlluWord& w = s.words[i];
    out += std::to_string(i + 1);
    for (const std::string* field : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out += '\t';
      out += field->empty() ? "_" : *field;
    }
    out += '\t';
    out += w.head == -2 ? std::string("_") : std::to_string(w.head + 1);
    for (const std::string* field : {&w.deprel, &w.deps, &w.misc}) {
      out += '\t';
      out += field->empty() ? "_" : *field;
    }
    out += '\n';
  }
  out += '\n';
}

}  // namespace eventgraph::syntax
