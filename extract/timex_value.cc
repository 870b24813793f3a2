#include "extract/timex_value.h"

namespace eventgraph {
namespace {

// Parses exactly `n` digits at s[pos].
std::optional<int> digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

CivilDate last_of_month(int year, int month) { return {year, month, days_in_month(year, month)}; }

}  // namespace

const char* precision_name(Precision p) {
  switch (p) {
    case Precision::kDay: return "day";
    case Precision::kWeek: return "week";
    case Precision::kMonth: return "month";
    case Precision::kQuarter: return "quarter";
    case Precision::kSeason: return "season";
    case Precision::kHalf: return "half";
    case Precision::kYear: return "year";
    case Precision::kDecade: return "decade";
    case Precision::kCentury: return "century";
  }
  return "day";
}

std::optional<TimexInterval> parse_timex_interval(std::string_view v) {
  if (v.size() == 2) {
    const auto c = digits(v, 0, 2);
    if (!c) return std::nullopt;
    return TimexInterval{{*c * 100, 1, 1}, {*c * 100 + 99, 12, 31}, Precision::kCentury};
  }
  if (v.size() == 3) {
    const auto d = digits(v, 0, 3);
    if (!d) return std::nullopt;
    return TimexInterval{{*d * 10, 1, 1}, {*d * 10 + 9, 12, 31}, Precision::kDecade};
  }
  const auto year = digits(v, 0, 4);
  if (!year || *year < 1) return std::nullopt;
  const int y = *year;
  if (v.size() == 4) return TimexInterval{{y, 1, 1}, {y, 12, 31}, Precision::kYear};
  if (v[4] != '-' || v.size() < 7) return std::nullopt;
  const std::string_view rest = v.substr(5);
  if (rest[0] == 'W' && rest != "WI") {
    const auto w = digits(v, 6, 2);
    if (!w || *w < 1 || *w > 53) return std::nullopt;
    const CivilDate monday = monday_of_iso_week(y, *w);
    if (v.size() == 8) return TimexInterval{monday, add_days(monday, 6), Precision::kWeek};
    if (v.substr(8) == "-WE") return TimexInterval{add_days(monday, 5), add_days(monday, 6), Precision::kWeek};
    return std::nullopt;
  }
  if (rest.size() == 2 && rest[0] == 'Q') {
    const int q = rest[1] - '0';
    if (q < 1 || q > 4) return std::nullopt;
    return TimexInterval{{y, 3 * q - 2, 1}, last_of_month(y, 3 * q), Precision::kQuarter};
  }
  if (rest.size() == 2 && rest[0] == 'H') {
    const int h = rest[1] - '0';
    if (h < 1 || h > 2) return std::nullopt;
    return TimexInterval{{y, 6 * h - 5, 1}, last_of_month(y, 6 * h), Precision::kHalf};
  }
  if (rest == "SP") return TimexInterval{{y, 3, 1}, {y, 5, 31}, Precision::kSeason};
  if (rest == "SU") return TimexInterval{{y, 6, 1}, {y, 8, 31}, Precision::kSeason};
  if (rest == "FA") return TimexInterval{{y, 9, 1}, {y, 11, 30}, Precision::kSeason};
  if (rest == "WI") return TimexInterval{{y, 12, 1}, last_of_month(y + 1, 2), Precision::kSeason};
  const auto month = digits(v, 5, 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (v.size() == 7) return TimexInterval{{y, *month, 1}, last_of_month(y, *month), Precision::kMonth};
  if (v[7] != '-') return std::nullopt;
  const auto day = digits(v, 8, 2);
  if (!day || !is_valid_date(y, *month, *day)) return std::nullopt;
  if (v.size() > 10 && v[10] != 'T') return std::nullopt;
  const CivilDate d{y, *month, *day};
  return TimexInterval{d, d, Precision::kDay};
}

bool timex_values_agree(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const auto ia = parse_timex_interval(a);
  const auto ib = parse_timex_interval(b);
  if (!ia || !ib) return false;
  const bool a_in_b = ib->first <= ia->first && ia->last <= ib->last;
  const bool b_in_a = ia->first <= ib->first && ib->last <= ia->last;
  return a_in_b || b_in_a;
}

}  // namespace eventgraph
