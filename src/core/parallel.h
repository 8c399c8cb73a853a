// Running independent work items on a few threads.
//
// ParallelFor calls fn(worker, i) once for every i in [0, n), on `jobs`
// threads (the calling thread is worker 0; at most n workers). Items are
// handed out in small blocks in increasing order, so each worker may keep
// its own state (a compiled rule pack) by worker index; what fn writes for
// item i should go to a slot of its own, which keeps results in input order
// whatever the number of threads. fn must not throw.
#ifndef ARGMAP_CORE_PARALLEL_H_
#define ARGMAP_CORE_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace argmap {

void ParallelFor(size_t n, int jobs, const std::function<void(int worker, size_t i)>& fn);

// The number of threads the machine runs at once (at least 1).
int HardwareJobs();

}  // namespace argmap

#endif  // ARGMAP_CORE_PARALLEL_H_
