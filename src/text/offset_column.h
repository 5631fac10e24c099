#pragma once
// OffsetColumn: one byte offset per byte of a text, stored as arithmetic runs
// so that a map costs memory per run instead of 8 bytes per byte.
//
// Within a run, the value at position i is
//     first + ((i - start) / width) * step
// which covers what the text passes produce almost everywhere:
//   ASCII copied as is            width 1, step 1    ("abc" from bytes 10, 11, 12)
//   3-byte characters copied      width 3, step 3    (each byte -> its character's start)
//   invalid bytes -> U+FFFD       width 3, step 1
//   full-width digits -> ASCII    width 1, step 3
// A CRLF, an entity or a folded quote starts a new run.  A 200 MB article of
// plain prose needs a few runs per line instead of 1.6 GB per column (the
// robustness tests measure it; docs/robustness.md).  Adversarial text that
// changes width every character costs about one 24-byte run per character.
//
// Example:
//   OffsetColumn c;                  // offsets of "a\r\nb" after CRLF -> LF
//   c.push_back(0); c.push_back(1); c.push_back(3);
//   c[2] == 3, c.size() == 3, c.runs() == 2
//
// push_back and pop_back are O(1); operator[] is a binary search over runs.
// Not thread-safe for writing; const access may be shared.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimcheck::text {

class OffsetColumn {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t runs() const { return runs_.size(); }
  void reserve(std::size_t) {}  // runs grow with the text's variety, not its length

  std::size_t operator[](std::size_t i) const {
    auto it = std::upper_bound(runs_.begin(), runs_.end(), i,
                               [](std::size_t pos, const Run& r) { return pos < r.start; });
    return value(*(it - 1), i);
  }
  std::size_t back() const { return (*this)[size_ - 1]; }

  void push_back(std::size_t v) {
    if (!runs_.empty() && extends(runs_.back(), v)) {
      ++size_;
      return;
    }
    runs_.push_back(Run{size_, v, 0, 0});
    ++size_;
  }
  void pop_back() {
    --size_;
    Run& r = runs_.back();
    if (r.start == size_) runs_.pop_back();
    else if (r.width != 0 && size_ - r.start <= r.width) r.width = r.step = 0;  // all equal again
  }
  void set_back(std::size_t v) {
    pop_back();
    push_back(v);
  }
  // Appends first, first + 1, ..., first + n - 1 (bytes copied one for one):
  // O(1) once the last run is such a sequence.
  void append_linear(std::size_t first, std::size_t n) {
    std::size_t k = 0;
    for (; k < n && k < 2; ++k) push_back(first + k);
    if (k == n) return;
    const Run& r = runs_.back();
    if (r.width == 1 && r.step == 1 && value(r, size_ - 1) + 1 == first + k) {
      size_ += n - k;
      return;
    }
    for (; k < n; ++k) push_back(first + k);
  }
  // Appends elements [from, to) of `src`, a run at a time where it can.
  void append(const OffsetColumn& src, std::size_t from, std::size_t to) {
    if (from >= to) return;
    auto it = std::upper_bound(src.runs_.begin(), src.runs_.end(), from,
                               [](std::size_t pos, const Run& r) { return pos < r.start; }) - 1;
    std::size_t i = from;
    while (i < to) {
      const std::size_t run_end = (it + 1 != src.runs_.end()) ? (it + 1)->start : src.size_;
      const std::size_t seg_end = std::min(run_end, to);
      if (it->width == 1 && it->step == 1) {
        append_linear(value(*it, i), seg_end - i);
      } else {
        for (std::size_t k = i; k < seg_end; ++k) push_back(value(*it, k));
      }
      i = seg_end;
      ++it;
    }
  }

 private:
  struct Run {
    std::size_t start;   // position of the run's first element
    std::size_t first;   // its value
    uint32_t width;      // elements per step; 0 = every element so far equals `first`
    uint32_t step;       // value increase per `width` elements
  };

  static std::size_t value(const Run& r, std::size_t i) {
    return r.width == 0 ? r.first : r.first + ((i - r.start) / r.width) * r.step;
  }
  // Whether `v` at position size_ continues the last run (fixing its width
  // and step if it was still flat).
  bool extends(Run& r, std::size_t v) {
    const std::size_t k = size_ - r.start;
    if (r.width == 0) {
      if (v == r.first) return true;
      if (v > r.first && v - r.first <= UINT32_MAX && k <= UINT32_MAX) {
        r.width = static_cast<uint32_t>(k);
        r.step = static_cast<uint32_t>(v - r.first);
        return true;
      }
      return false;
    }
    return v == r.first + (k / r.width) * r.step;
  }

  std::vector<Run> runs_;
  std::size_t size_ = 0;
};

}  // namespace claimcheck::text
