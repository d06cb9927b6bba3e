#pragma once
// Runs a batch on a pool of threads and hands the results back in input order.
#include <cstddef>
#include <functional>

namespace xxgk_cli {

// work(i) runs on one of `threads` worker threads, for every i in [0, n). deliver(i) runs on the
// calling thread, in increasing i, as soon as work(0..i) are done. tick(done) runs on the calling
// thread after each completion and periodically (for a progress bar).
void run_ordered(size_t n, unsigned threads, const std::function<void(size_t)>& work,
                 const std::function<void(size_t)>& deliver, const std::function<void(size_t)>& tick);

}  // namespace xxgk_cli
