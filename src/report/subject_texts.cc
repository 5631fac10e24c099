// Subject texts in memory or in a temporary file (subject_texts.h).  Each
// text is its own string while in memory (no large buffer that would double
// its capacity as it grows), and all of them go to the file at once when they
// outgrow the budget.
#include "report/subject_texts.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <tuple>

#include "claimcheck/error.h"

namespace claimcheck::report {
namespace {

[[noreturn]] void fail(const std::string& what) {
  throw Error("report", what + " the report's temporary file: " + std::strerror(errno));
}

}  // namespace

SubjectTexts::~SubjectTexts() {
  if (file_) std::fclose(file_);
}

void SubjectTexts::add(int rank, const std::string& subject, std::string_view text) {
  Entry e{rank, subject, {}, file_size_, text.size()};
  if (file_) {
    write(text);
  } else {
    e.text.assign(text);
    in_memory_ += text.size() + subject.size() + sizeof(Entry);
  }
  entries_.push_back(std::move(e));
  if (!file_ && in_memory_ > memory_bytes_) spill();
}

void SubjectTexts::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail("cannot write");
  file_size_ += text.size();
}

void SubjectTexts::spill() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "claimcheck-report-XXXXXX").string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) fail("cannot create");
  unlink(tmpl.c_str());  // gone with the process, whatever happens
  file_ = fdopen(fd, "w+");
  if (!file_) {
    ::close(fd);
    fail("cannot open");
  }
  for (Entry& e : entries_) {
    e.offset = file_size_;
    write(e.text);
    std::string().swap(e.text);
  }
  in_memory_ = 0;
}

void SubjectTexts::for_each_in_order(const std::function<void(std::string_view)>& fn) {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return std::tie(a.rank, a.subject) < std::tie(b.rank, b.subject); });
  if (!file_) {
    for (const Entry& e : entries_) fn(e.text);
    return;
  }
  if (std::fflush(file_) != 0) fail("cannot write");
  std::string buffer;
  for (const Entry& e : entries_) {
    buffer.resize(e.size);
    for (uint64_t done = 0; done < e.size;) {
      ssize_t n = pread(fileno(file_), buffer.data() + done, e.size - done, static_cast<off_t>(e.offset + done));
      if (n <= 0) fail("cannot read");
      done += static_cast<uint64_t>(n);
    }
    fn(buffer);
  }
}

}  // namespace claimcheck::report
