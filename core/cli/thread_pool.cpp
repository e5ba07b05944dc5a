#include "thread_pool.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace newsprism::cli {

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

// Each thread takes the next task as it finishes one, rather than a fixed share: tasks differ in
// cost (a long article, an article of a crowded story that leads many pairs), and on a shared
// machine one thread may be held up while the other goes on.
ParallelFor thread_pool(unsigned threads) {
  if (threads <= 1) return {};
  return [threads](size_t tasks, const std::function<void(size_t)>& run) {
    std::atomic<size_t> next{0};
    auto work = [&]() {
      for (size_t task = next++; task < tasks; task = next++) run(task);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < tasks; ++t) pool.emplace_back(work);
    work();
    for (std::thread& thread : pool) thread.join();
  };
}

}  // namespace newsprism::cli
