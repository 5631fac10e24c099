// Writing a report file so that a reader never sees half of it.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "claimcheck/error.h"
#include "report/report.h"

namespace claimcheck::report {

namespace {

// The process's umask, without changing it even for a moment (other threads
// may be creating files): Linux shows it in /proc/self/status.
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  mode_t mask = ::umask(022);  // older kernels: read it the old way
  ::umask(mask);
  return mask;
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    // A device, FIFO or socket: write to it; renaming over it would replace it.
    fd_ = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) throw Error(path_, std::string("cannot write: ") + std::strerror(errno));
    return;
  }
  fs::path target(path_);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  temp_ = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = mkostemp(temp_.data(), O_CLOEXEC);
  if (fd_ < 0) throw Error(path_, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (fd_ < 0) return;
  ::close(fd_);
  if (!temp_.empty()) std::remove(temp_.c_str());
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
  int fd = fd_;
  fd_ = -1;
  if (temp_.empty()) {  // written directly
    if (::close(fd) != 0) throw Error(path_, std::string("cannot write: ") + std::strerror(errno));
    return;
  }
  // mkstemp makes 0600; a report is an ordinary file, as the umask says.
  ::fchmod(fd, 0666 & ~current_umask());
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
