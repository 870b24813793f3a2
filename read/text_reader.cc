#include "read/text_reader.h"

#include <vector>

#include "extract/text/date_words.h"
#include "read/dateline.h"

namespace eventgraph {
namespace {

struct Line {
  uint32_t start;
  uint32_t end;  // before the newline
};

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\f\v";
  const size_t a = s.find_first_not_of(ws);
  if (a == std::string_view::npos) return {};
  const size_t b = s.find_last_not_of(ws);
  return s.substr(a, b - a + 1);
}

// The first `max_lines` non-blank lines, with their offsets.
std::vector<Line> leading_lines(std::string_view text, size_t max_lines) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < max_lines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (!trim(text.substr(pos, nl - pos)).empty()) {
      lines.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)});
    }
    pos = nl + 1;
  }
  return lines;
}

// "By Daria Litvinova" -> "Daria Litvinova"; "" when the line is no byline.
std::string_view byline_author(std::string_view line) {
  line = trim(line);
  if (line.size() < 4 || line.size() > 120) return {};
  if (!equals_ignore_case(line.substr(0, 3), "by ")) return {};
  std::string_view name = trim(line.substr(3));
  if (name.empty() || !(name[0] >= 'A' && name[0] <= 'Z')) return {};
  return name;
}

bool looks_like_title(std::string_view line) {
  line = trim(line);
  // Headlines rarely end with a period; a first paragraph of prose does.
  if (line.empty() || line.size() > 250 || line.back() == '.') return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  return words <= 30;
}

// The last "Original url:" trailer: the URL on the same line or the next one.
void read_url_trailer(Document& doc) {
  const std::string_view text = doc.text;
  static constexpr std::string_view kMarker = "Original url:";
  // A trailer sits at the end: look at the last few kilobytes only, forward
  // (find() runs at memchr speed; rfind() compares at every byte).
  const size_t tail = text.size() > 8192 ? text.size() - 8192 : 0;
  size_t at = std::string_view::npos;
  for (size_t hit = text.find(kMarker, tail); hit != std::string_view::npos; hit = text.find(kMarker, hit + 1)) at = hit;
  if (at == std::string_view::npos) return;
  std::string_view rest = text.substr(at + kMarker.size());
  rest = rest.substr(0, std::min<size_t>(rest.size(), 4096));
  const size_t first = rest.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return;
  rest = rest.substr(first);
  const size_t line_end = rest.find('\n');
  const std::string_view url = trim(rest.substr(0, line_end));
  if (doc.info.url.empty() && !url.empty() && url.size() < 2048) {
    doc.info.url = std::string(url);
  }
}

}  // namespace

void read_text_header(Document& doc) {
  const std::string_view text = doc.text;
  const std::vector<Line> lines = leading_lines(text, 5);
  size_t next = 0;
  const auto line_text = [&](size_t k) {
    return trim(text.substr(lines[k].start, lines[k].end - lines[k].start));
  };
  bool have_date = !doc.info.dct.empty();
  const auto take_date = [&](const CivilDate& d) {
    if (!have_date) doc.info.dct = format_iso(d);
    have_date = true;
  };
  // The title comes first unless the first line is already a byline or a date,
  // and only when a line break separates it from what follows.
  // A title given by the caller (a JSON field) must match the line to skip it.
  if (next < lines.size() && byline_author(line_text(next)).empty() &&
      !parse_date_line(line_text(next)) && lines.size() > 1 && looks_like_title(line_text(next)) &&
      (doc.info.title.empty() || doc.info.title == line_text(next))) {
    doc.info.title = std::string(line_text(next));
    ++next;
  }
  // Byline and dateline, in either order.
  for (int round = 0; round < 2 && next < lines.size(); ++round) {
    if (const std::string_view author = byline_author(line_text(next)); !author.empty()) {
      if (doc.info.author.empty()) doc.info.author = std::string(author);
      ++next;
    } else if (const auto date = parse_date_line(line_text(next))) {
      take_date(*date);
      ++next;
    }
  }
  doc.body_start = next < lines.size() ? lines[next].start : static_cast<uint32_t>(text.size());
  if (next < lines.size() && !have_date) {
    if (const auto date = parse_wire_dateline(line_text(next))) take_date(*date);
  }
  read_url_trailer(doc);
}

Document read_text_document(std::string id, std::string source, std::string contents) {
  Document doc;
  doc.info.id = std::move(id);
  doc.info.source = std::move(source);
  doc.text = std::move(contents);
  read_text_header(doc);
  return doc;
}

}  // namespace eventgraph
