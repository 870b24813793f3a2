#include "extract/text/civil_date.h"

namespace eventgraph {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

// The era-based conversion: a 400-year era has a fixed 146097 days, so
// counting from March 1 puts the leap day at the end of each year.
long days_from_civil(const CivilDate& d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month_from_march = d.month > 2 ? d.month - 3 : d.month + 9;
  const long day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

CivilDate add_months(const CivilDate& d, int n) {
  int index = d.year * 12 + (d.month - 1) + n;
  CivilDate out{index / 12, index % 12 + 1, d.day};
  const int last = days_in_month(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

int weekday(const CivilDate& d) {
  const long days = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
  const long w = (days % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

IsoWeek iso_week(const CivilDate& d) {
  // The ISO week belongs to the year that holds its Thursday.
  const CivilDate thursday = add_days(d, 4 - weekday(d));
  const CivilDate jan1{thursday.year, 1, 1};
  const long ordinal = days_from_civil(thursday) - days_from_civil(jan1);
  return {thursday.year, static_cast<int>(ordinal / 7) + 1};
}

CivilDate monday_of_iso_week(int year, int week) {
  const CivilDate jan4{year, 1, 4};  // always in week 1
  const CivilDate week1_monday = add_days(jan4, 1 - weekday(jan4));
  return add_days(week1_monday, 7L * (week - 1));
}

void append_zero_padded(std::string& out, int value, int width) {
  // By hand: snprintf parses its format at each call, and timelines format
  // thousands of dates.
  long v = value;
  if (v < 0) {
    out += '-';
    v = -v;
    --width;
  }
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int k = n; k < width; ++k) out += '0';
  while (n > 0) out += digits[--n];
}

std::string zero_padded(int value, int width) {
  std::string out;
  append_zero_padded(out, value, width);
  return out;
}

std::string format_iso(const CivilDate& d) {
  std::string out;
  out.reserve(10);
  append_zero_padded(out, d.year, 4);
  out += '-';
  append_zero_padded(out, d.month, 2);
  out += '-';
  append_zero_padded(out, d.day, 2);
  return out;
}

std::string format_iso_month(int year, int month) {
  std::string out;
  append_zero_padded(out, year, 4);
  out += '-';
  append_zero_padded(out, month, 2);
  return out;
}

std::string format_iso_week(const CivilDate& d) {
  const IsoWeek w = iso_week(d);
  std::string out;
  append_zero_padded(out, w.year, 4);
  out += "-W";
  append_zero_padded(out, w.week, 2);
  return out;
}

std::string format_year(int year) { return zero_padded(year, 4); }

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int value[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int k = 0; k < lengths[f]; ++k) {
      const char c = s[starts[f] + k];
      if (c < '0' || c > '9') return std::nullopt;
      value[f] = value[f] * 10 + (c - '0');
    }
  }
  if (!is_valid_date(value[0], value[1], value[2])) return std::nullopt;
  return CivilDate{value[0], value[1], value[2]};
}

}  // namespace eventgraph
