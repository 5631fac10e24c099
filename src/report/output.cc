// Writing a report file so that a reader never sees half of it.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "claimcheck/error.h"
#include "report/report.h"

namespace claimcheck::report {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  fs::path target(path_);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  temp_ = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = mkstemp(temp_.data());
  if (fd_ < 0) throw Error(path_, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (fd_ < 0) return;
  ::close(fd_);
  std::remove(temp_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(path_, std::string("cannot write: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
}

void AtomicFile::commit() {
  // mkstemp makes 0600; a report is an ordinary file.
  fchmod(fd_, 0644);
  int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string cause = std::strerror(errno);
    std::remove(temp_.c_str());
    throw Error(path_, "cannot write: " + cause);
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::string cause = std::strerror(errno);
    std::remove(temp_.c_str());
    throw Error(path_, "cannot replace: " + cause);
  }
}

void write_file_atomically(const std::string& path, const std::string& contents) {
  AtomicFile file(path);
  file.write(contents);
  file.commit();
}

}  // namespace claimcheck::report
