// huge_page_allocator.h: an allocator for the models' large read-only
// tables that asks Linux for 2 MB pages.
//
// A decision probes ~100 scattered places of a table tens of megabytes
// large: with 4 KB pages nearly every probe also misses the TLB, and
// transparent huge pages (in their usual "madvise" mode) take those misses
// away. Blocks under 2 MB, or where madvise is refused, are ordinary memory.
//
//   std::vector<Slot, HugePageAllocator<Slot>> slots(n);
//
// Stateless: any two instances are equal, so containers copy and move as
// with std::allocator.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace eventgraph::syntax {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      if (void* p = std::malloc(bytes ? bytes : 1)) return static_cast<T*>(p);
      throw std::bad_alloc();
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (!p) throw std::bad_alloc();
    ::madvise(p, rounded, MADV_HUGEPAGE);  // advice: failure only means small pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
};

}  // namespace eventgraph::syntax
