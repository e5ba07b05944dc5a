// How a caller lends its threads to the core. The core starts no threads of its own: the
// native CLI has them and passes them in; the wasm package and tests pass nothing, and the work
// runs on the calling thread. Results never depend on it.
#pragma once

#include <cstddef>
#include <functional>

namespace newsprism {

/// Runs run(task) once for each task in [0, tasks), in any order and possibly on several threads
/// at once, and returns when every call has returned. An empty one means "run the tasks one
/// after another here". Tasks write only their own slots, so the output is the same either way.
using ParallelFor = std::function<void(size_t tasks, const std::function<void(size_t task)>& run)>;

/// Runs the tasks through `parallel`, or one after another when it is empty.
inline void run_tasks(const ParallelFor& parallel, size_t tasks, const std::function<void(size_t task)>& run) {
  if (tasks == 0) return;
  if (parallel && tasks > 1) {
    parallel(tasks, run);
    return;
  }
  for (size_t task = 0; task < tasks; ++task) run(task);
}

}  // namespace newsprism
