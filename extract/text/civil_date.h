// civil_date.h: proleptic Gregorian calendar arithmetic for date normalization.
//
// A CivilDate is a plain (year, month, day) triple. Arithmetic goes through a
// day number (days since 1970-01-01), so adding days, finding weekdays and ISO
// weeks are all exact. Nothing here knows about time zones: news dates are
// calendar dates.
//
//   CivilDate d = *parse_iso_date("2015-11-18");
//   weekday(d);                 // 3 (Wednesday; Monday is 1, Sunday 7)
//   format_iso_week(d);         // "2015-W47"
//   format_iso(add_days(d, -1)) // "2015-11-17"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eventgraph {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
// True for a real calendar day: 2015-02-30 is not one.
bool is_valid_date(int year, int month, int day);

long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);

CivilDate add_days(const CivilDate& d, long n);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 = Feb 28).
CivilDate add_months(const CivilDate& d, int n);

int weekday(const CivilDate& d);  // ISO: Monday 1 .. Sunday 7

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year, which can differ from d.year
  int week = 0;  // 1..53
};
IsoWeek iso_week(const CivilDate& d);
// The Monday of ISO week `week` of ISO year `year`.
CivilDate monday_of_iso_week(int year, int week);

std::string format_iso(const CivilDate& d);       // "2015-11-18"
std::string format_iso_month(int year, int month);  // "2015-11"
std::string format_iso_week(const CivilDate& d);  // "2015-W47"
std::string format_year(int year);                // "2015", "0800"
// Appends `value` zero-padded to `width` characters, as printf's "%0*d"
// ("-005" for -5 in 4); the formatters above write with it.
void append_zero_padded(std::string& out, int value, int width);
std::string zero_padded(int value, int width);  // "07" for (7, 2)

// Parses "YYYY-MM-DD", optionally followed by 'T' or ' ' and a time, which is
// ignored. Returns nullopt for anything else or an impossible day.
std::optional<CivilDate> parse_iso_date(std::string_view s);

}  // namespace eventgraph
