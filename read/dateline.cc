#include "read/dateline.h"

#include <algorithm>
#include <charconv>

#include "extract/text/date_words.h"
#include "extract/text/text.h"

namespace eventgraph {
namespace {

int number_value(std::string_view s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return -1;
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return -1;
  return value;
}

// A day number, allowing an ordinal suffix: "18", "18th".
int day_value(std::string_view s) {
  if (s.size() > 2) {
    const std::string_view suffix = s.substr(s.size() - 2);
    if (equals_ignore_case(suffix, "st") || equals_ignore_case(suffix, "nd") ||
        equals_ignore_case(suffix, "rd") || equals_ignore_case(suffix, "th")) {
      s.remove_suffix(2);
    }
  }
  const int d = number_value(s, 2);
  return d >= 1 && d <= 31 ? d : -1;
}

int year_value(std::string_view s) {
  if (s.size() != 4) return -1;
  const int y = number_value(s, 4);
  return y >= 1000 ? y : -1;
}

// Tokens of one line, skipping '.' and ',' so "Nov. 18, 2015" reads as three.
struct Cursor {
  const TokenizedText& t;
  size_t i;
  std::string_view at(size_t k) const {
    size_t j = i;
    for (size_t seen = 0; j < t.tokens.size(); ++j) {
      const std::string_view s = t.text(j);
      if (s == "." || s == ",") continue;
      if (seen++ == k) return s;
    }
    return {};
  }
  size_t end_of(size_t k) const {
    size_t j = i;
    for (size_t seen = 0; j < t.tokens.size(); ++j) {
      const std::string_view s = t.text(j);
      if (s == "." || s == ",") continue;
      if (seen++ == k) return t.tokens[j].end;
    }
    return t.source.size();
  }
};

std::optional<FoundDate> date_at(const TokenizedText& t, size_t i) {
  const Cursor c{t, i};
  const size_t start = t.tokens[i].start;
  // 2015-11-18
  const std::string_view w0 = t.text(i);
  if (year_value(w0) > 0 && i + 4 < t.tokens.size() && t.text(i + 1) == "-" && t.text(i + 3) == "-" &&
      !t.tokens[i + 1].has(kSpaceBefore)) {
    const int y = year_value(w0), m = number_value(t.text(i + 2), 2), d = number_value(t.text(i + 4), 2);
    if (is_valid_date(y, m, d)) return FoundDate{{y, m, d}, start, t.tokens[i + 4].end};
    return std::nullopt;
  }
  // November 18, 2015
  if (const int m = month_from_word(c.at(0)); m > 0) {
    const int d = day_value(c.at(1)), y = year_value(c.at(2));
    if (d > 0 && y > 0 && is_valid_date(y, m, d)) return FoundDate{{y, m, d}, start, c.end_of(2)};
    return std::nullopt;
  }
  // 18 November 2015
  if (const int d = day_value(c.at(0)); d > 0) {
    const int m = month_from_word(c.at(1)), y = year_value(c.at(2));
    if (m > 0 && y > 0 && is_valid_date(y, m, d)) return FoundDate{{y, m, d}, start, c.end_of(2)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<FoundDate> find_full_date(std::string_view text) {
  const TokenizedText t = tokenize(text);
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (t.tokens[i].kind == TokenKind::kPunct) continue;
    if (auto found = date_at(t, i)) return found;
  }
  return std::nullopt;
}

std::optional<CivilDate> parse_date_line(std::string_view line) {
  // A full date has a year, so a line without four digits in a row holds none.
  if (line.size() > 100 || line.size() < 8) return std::nullopt;
  int run = 0, longest = 0;
  for (const char c : line) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (longest < 4) return std::nullopt;
  const auto found = find_full_date(line);
  if (!found) return std::nullopt;
  // Prose mentions dates too; a date line has few other words around the date.
  const TokenizedText t = tokenize(line);
  int other_words = 0;
  for (const Token& tok : t.tokens) {
    if (tok.kind != TokenKind::kWord || (tok.start >= found->start && tok.end <= found->end)) continue;
    const std::string_view w = t.text(tok);
    if (weekday_from_word(w) || equals_ignore_case(w, "am") || equals_ignore_case(w, "pm") ||
        equals_ignore_case(w, "a.m.") || equals_ignore_case(w, "p.m.") || (tok.flags & kAllCaps)) {
      continue;
    }
    ++other_words;
  }
  if (other_words > 2) return std::nullopt;
  return found->date;
}

std::optional<CivilDate> parse_wire_dateline(std::string_view paragraph) {
  // Only the opening stretch before the " - " or "(Agency)" can be a dateline.
  const size_t limit = std::min<size_t>(paragraph.size(), 80);
  const std::string_view head = paragraph.substr(0, limit);
  const size_t comma = head.find(',');
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  for (size_t i = 0; i < comma; ++i) {
    const char ch = head[i];
    if (ch >= 'a' && ch <= 'z') return std::nullopt;  // the place is in capitals
  }
  const auto found = find_full_date(head.substr(comma + 1));
  if (!found) return std::nullopt;
  const std::string_view rest = head.substr(comma + 1 + found->end);
  const size_t marker = rest.find_first_not_of(" ");
  if (marker == std::string_view::npos || (rest[marker] != '(' && rest[marker] != '-' &&
                                           rest.substr(marker, 3) != "\xE2\x80\x94")) {
    return std::nullopt;
  }
  return found->date;
}

std::optional<CivilDate> dateline_date(std::string_view dateline, const CivilDate& published) {
  if (dateline.size() > 120) return std::nullopt;
  // The date follows the place's comma ("TOKYO, April 24, 1987"; a place may
  // hold one too: "PARIS, Texas, May 2").
  for (size_t comma = dateline.find(','); comma != std::string_view::npos; comma = dateline.find(',', comma + 1)) {
    const TokenizedText t = tokenize(dateline.substr(comma + 1));
    const Cursor c{t, 0};
    const int m = month_from_word(c.at(0)), d = day_value(c.at(1));
    const int written_year = c.at(2).empty() ? 0 : year_value(c.at(2));  // "April 24, 1987"
    if (m <= 0 || d <= 0 || written_year < 0 || !c.at(written_year > 0 ? 3 : 2).empty()) continue;
    for (const int year : {published.year - 1, published.year, published.year + 1}) {
      if ((written_year > 0 && year != written_year) || !is_valid_date(year, m, d)) continue;
      const long apart = days_from_civil({year, m, d}) - days_from_civil(published);
      if (apart >= -3 && apart <= 3) return CivilDate{year, m, d};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace eventgraph
