#include "extract/syntax/word_features.h"

#include "extract/syntax/feature_hash.h"

namespace eventgraph::syntax {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return out;
}

WordFeatures word_features(std::string_view form) {
  WordFeatures f;
  char lower_buf[64];
  char shape_buf[16];
  size_t shape_len = 0;
  int letters = 0, uppers = 0;
  const size_t n = form.size() < sizeof lower_buf ? form.size() : sizeof lower_buf;
  for (size_t i = 0; i < form.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    char cls;
    if (c >= 'A' && c <= 'Z') {
      cls = 'X';
      ++letters, ++uppers;
    } else if (c >= 'a' && c <= 'z') {
      cls = 'x';
      ++letters;
    } else if (c >= '0' && c <= '9') {
      cls = 'd';
      f.flags |= kHasDigit;
    } else if (c >= 0x80) {
      cls = 'u';  // any byte of a non-ASCII character
    } else {
      cls = static_cast<char>(c);
      if (c == '-') f.flags |= kHasHyphen;
      if (c == '.') f.flags |= kHasPeriod;
    }
    if (i < n) lower_buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : static_cast<char>(c);
    if ((shape_len == 0 || shape_buf[shape_len - 1] != cls) && shape_len < sizeof shape_buf) shape_buf[shape_len++] = cls;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') f.flags |= kCapital;
  if (letters >= 2 && uppers == letters) f.flags |= kAllCaps;
  const std::string_view lower(lower_buf, n);
  f.lower = word_hash(n == form.size() ? lower : form);
  f.form = word_hash(form);
  f.shape = word_hash(std::string_view(shape_buf, shape_len));
  for (size_t k = 0; k < 3; ++k)
    if (n > k + 1) f.prefix[k] = word_hash(lower.substr(0, k + 1)) + k;
  for (size_t k = 0; k < 4; ++k)
    if (n > k + 1) f.suffix[k] = word_hash(lower.substr(n - k - 1)) + 7 * k;
  f.length = static_cast<uint8_t>(form.size() > 255 ? 255 : form.size());
  return f;
}

void word_features(std::span<const std::string_view> forms, std::vector<WordFeatures>& out) {
  out.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out[i] = word_features(forms[i]);
}

}  // namespace eventgraph::syntax
