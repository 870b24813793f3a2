// binary_io.h: the byte format of the syntax model file.
//
// Little-endian fixed-width integers and IEEE floats, length-prefixed
// strings, and runs of plain values read back by count. ByteReader never reads past its buffer: a truncated or
// corrupt file makes it fail (ok() false, with the first error kept) and
// every later read returns zeros, so a loader can read a whole section and
// test ok() once.
//
//   ByteWriter w;
//   w.u32(7); w.str("nsubj");
//   ByteReader r(w.bytes());
//   uint32_t n = r.u32(); std::string s = r.str();
//   if (!r.ok()) return r.error();
//
// Both are movable and copyable plain values.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace eventgraph::syntax {

class ByteWriter {
 public:
  void u8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { put(&v, sizeof v); }
  void u32(uint32_t v) { put(&v, sizeof v); }
  void u64(uint64_t v) { put(&v, sizeof v); }
  void f32(float v) { put(&v, sizeof v); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  const std::string& bytes() const { return bytes_; }
  std::string& bytes() { return bytes_; }

 private:
  // The project builds for little-endian machines (x86-64, AArch64); the
  // model header records the byte order so another machine fails clearly.
  void put(const void* p, size_t n) { bytes_.append(static_cast<const char*>(p), n); }
  std::string bytes_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  uint8_t u8() { uint8_t v = 0; get(&v, 1); return v; }
  uint16_t u16() { uint16_t v = 0; get(&v, sizeof v); return v; }
  uint32_t u32() { uint32_t v = 0; get(&v, sizeof v); return v; }
  uint64_t u64() { uint64_t v = 0; get(&v, sizeof v); return v; }
  float f32() { float v = 0; get(&v, sizeof v); return v; }
  std::string str() {
    const uint32_t n = u32();
    if (!ok() || n > remaining()) return fail("string runs past the end"), std::string();
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }

  // `n` values of trivially copyable T, written back to back (no length).
  template <typename T>
  std::vector<T> array_of(uint64_t n) {
    if (!ok() || n > remaining() / sizeof(T)) return fail("array runs past the end"), std::vector<T>();
    std::vector<T> v(n);
    get(v.data(), n * sizeof(T));
    return v;
  }

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  size_t position() const { return pos_; }
  size_t remaining() const { return bytes_.size() - pos_; }
  void fail(std::string message) {
    if (error_.empty()) error_ = std::move(message) + " (at byte " + std::to_string(pos_) + ")";
  }

 private:
  void get(void* p, size_t n) {
    if (!ok()) return;
    if (n > remaining()) return fail("file ends too early");
    if (n) std::memcpy(p, bytes_.data() + pos_, n);
    pos_ += n;
  }
  std::string_view bytes_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace eventgraph::syntax
