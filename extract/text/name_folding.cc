#include "extract/text/name_folding.h"

#include "extract/text/utf8.h"

namespace eventgraph {
namespace {

// The base letter of a Latin-1 Supplement or Latin Extended-A code point, or 0.
const char* base_letters(char32_t cp) {
  switch (cp) {
    case U'à': case U'á': case U'â': case U'ã': case U'ä': case U'å': case U'ā': case U'ă': case U'ą':
    case U'À': case U'Á': case U'Â': case U'Ã': case U'Ä': case U'Å': case U'Ā': case U'Ă': case U'Ą': return "a";
    case U'æ': case U'Æ': return "ae";
    case U'ç': case U'ć': case U'č': case U'Ç': case U'Ć': case U'Č': return "c";
    case U'ď': case U'đ': case U'Ď': case U'Đ': case U'ð': case U'Ð': return "d";
    case U'è': case U'é': case U'ê': case U'ë': case U'ē': case U'ė': case U'ę': case U'ě':
    case U'È': case U'É': case U'Ê': case U'Ë': case U'Ē': case U'Ė': case U'Ę': case U'Ě': return "e";
    case U'ğ': case U'Ğ': return "g";
    case U'ì': case U'í': case U'î': case U'ï': case U'ī': case U'į': case U'ı':
    case U'Ì': case U'Í': case U'Î': case U'Ï': case U'Ī': case U'Į': case U'İ': return "i";
    case U'ł': case U'ľ': case U'ĺ': case U'Ł': case U'Ľ': case U'Ĺ': return "l";
    case U'ñ': case U'ń': case U'ň': case U'Ñ': case U'Ń': case U'Ň': return "n";
    case U'ò': case U'ó': case U'ô': case U'õ': case U'ö': case U'ø': case U'ō': case U'ő':
    case U'Ò': case U'Ó': case U'Ô': case U'Õ': case U'Ö': case U'Ø': case U'Ō': case U'Ő': return "o";
    case U'œ': case U'Œ': return "oe";
    case U'ř': case U'Ř': return "r";
    case U'ś': case U'š': case U'ş': case U'Ś': case U'Š': case U'Ş': return "s";
    case U'ß': return "ss";
    case U'ť': case U'ţ': case U'Ť': case U'Ţ': return "t";
    case U'ù': case U'ú': case U'û': case U'ü': case U'ū': case U'ů': case U'ű': case U'ų':
    case U'Ù': case U'Ú': case U'Û': case U'Ü': case U'Ū': case U'Ů': case U'Ű': case U'Ų': return "u";
    case U'ý': case U'ÿ': case U'Ý': case U'Ÿ': return "y";
    case U'ź': case U'ż': case U'ž': case U'Ź': case U'Ż': case U'Ž': return "z";
    case U'þ': case U'Þ': return "th";
    case U'\u2019': case U'\u2018': case U'`': return "'";
    case U'\u2010': case U'\u2011': return "-";
    default: return nullptr;
  }
}

}  // namespace

void append_folded(std::string& out, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // A run of ASCII, the common case, lowered in one go.
    size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
    if (j > i) {
      const size_t at = out.size();
      out.resize(at + (j - i));
      char* to = out.data() + at;
      for (size_t k = i; k < j; ++k) *to++ = s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] + 32) : s[k];
      i = j;
      if (i == s.size()) break;
    }
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      ++i;
      continue;
    }
    if (const char* base = base_letters(decode_utf8(s, i))) {
      out += base;
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
}

std::string fold_name(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_folded(out, s);
  return out;
}

void append_name_key(std::string& out, std::string_view name) {
  // Folded in place, then compacted: the key is never longer than the folded
  // name ("_" takes the place of a gap it closes), so writing trails reading.
  const size_t base = out.size();
  append_folded(out, name);
  const size_t end = out.size();
  const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  size_t w = base;
  bool gap = false;
  char before = 0;  // the folded character before out[i], as read (0 at the start)
  size_t i = base;
  while (i < end) {
    const char c = out[i];
    // "al-Assad" and "el-Sisi" are the same names as "Assad" and "Sisi".
    if ((c == 'a' || c == 'e') && i + 2 < end && out[i + 1] == 'l' && out[i + 2] == '-' && !alnum(before)) {
      before = '-';
      i += 3;
      continue;
    }
    if (alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (gap && w > base) out[w++] = '_';
      out[w++] = c;
      gap = false;
    } else {
      gap = true;
    }
    before = c;
    ++i;
  }
  out.resize(w);
}

std::string name_key(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  append_name_key(out, name);
  return out;
}

}  // namespace eventgraph
