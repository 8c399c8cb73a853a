#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace argmap {

void ParallelFor(size_t n, int jobs, const std::function<void(int worker, size_t i)>& fn) {
  size_t workers = std::min<size_t>(std::max(jobs, 1), std::max<size_t>(n, 1));
  // Items taken at once: up to 8, and few enough that every worker gets some.
  const size_t kBlock = std::clamp<size_t>(n / (workers * 4), 1, 8);
  std::atomic<size_t> next{0};
  auto run = [&](int worker) {
    for (size_t begin = next.fetch_add(kBlock); begin < n; begin = next.fetch_add(kBlock)) {
      for (size_t i = begin; i < std::min(n, begin + kBlock); ++i) fn(worker, i);
    }
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) threads.emplace_back(run, static_cast<int>(w));
  run(0);
  for (std::thread& t : threads) t.join();
}

int HardwareJobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace argmap
