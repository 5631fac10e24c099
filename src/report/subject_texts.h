#pragma once
// The text of each subject's findings, written once as the ranking pass meets
// the subject, and read back in report order.  The JSON report uses it so
// that it walks the store once: a subject's groups are contiguous in the
// store (docs/storage.md), so its findings are complete when the walk leaves
// it, but the report orders subjects by their most serious finding, which is
// only known at the end.  Texts stay in memory up to `memory_bytes`; past
// that they go to an unlinked temporary file in $TMPDIR (or /tmp), read back
// with pread, so memory stays flat whatever the size of the report.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report {

class SubjectTexts {
 public:
  explicit SubjectTexts(std::size_t memory_bytes) : memory_bytes_(memory_bytes) {}
  ~SubjectTexts();
  SubjectTexts(const SubjectTexts&) = delete;
  SubjectTexts& operator=(const SubjectTexts&) = delete;

  // Keeps `text` for `subject` (each subject once), to come out at `rank`.
  void add(int rank, const std::string& subject, std::string_view text);
  // Calls `fn` with every text, by rank, then by subject (bytes).
  void for_each_in_order(const std::function<void(std::string_view)>& fn);

 private:
  struct Entry {
    int rank;
    std::string subject;
    std::string text;         // until the texts outgrow memory_bytes_ ...
    uint64_t offset = 0, size = 0;  // ... then where it is in file_
  };
  void spill();
  void write(std::string_view text);

  std::size_t memory_bytes_;
  std::vector<Entry> entries_;
  std::size_t in_memory_ = 0;  // bytes of the texts held in entries_
  std::FILE* file_ = nullptr;
  uint64_t file_size_ = 0;
};

}  // namespace claimcheck::report
