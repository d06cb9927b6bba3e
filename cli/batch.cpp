#include "batch.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace xxgk_cli {

void run_ordered(size_t n, unsigned threads, const std::function<void(size_t)>& work,
                 const std::function<void(size_t)>& deliver, const std::function<void(size_t)>& tick) {
  if (n == 0) return;
  if (threads <= 1 || n == 1) {
    for (size_t i = 0; i < n; ++i) {
      work(i);
      tick(i + 1);
      deliver(i);
    }
    return;
  }
  if (threads > n) threads = static_cast<unsigned>(n);
  std::vector<char> done(n, 0);
  std::atomic<size_t> next{0};
  std::mutex m;
  std::condition_variable cv;
  size_t finished = 0;
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < n;) {
        work(i);
        {
          std::lock_guard<std::mutex> lock(m);
          done[i] = 1;
          ++finished;
        }
        cv.notify_one();
      }
    });
  }
  size_t delivered = 0;
  while (delivered < n) {
    size_t fin;
    {
      std::unique_lock<std::mutex> lock(m);
      cv.wait_for(lock, std::chrono::milliseconds(200), [&] { return done[delivered] != 0; });
      fin = finished;
    }
    tick(fin);
    for (;;) {
      bool ready;
      {
        std::lock_guard<std::mutex> lock(m);
        ready = delivered < n && done[delivered];
      }
      if (!ready) break;
      deliver(delivered++);
    }
  }
  for (auto& t : pool) t.join();
}

}  // namespace xxgk_cli
