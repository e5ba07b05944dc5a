// ParallelFor stand-ins for tests that hold a stage to "the same output whatever order and
// threads its tasks run in".
#pragma once

#include <functional>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "newsprism/parallel.hpp"

namespace newsprism::testing {

/// The tasks in reverse order, on this thread.
inline ParallelFor backwards_tasks() {
  return [](size_t tasks, const std::function<void(size_t)>& task) {
    for (size_t t = tasks; t-- > 0;) task(t);
  };
}

#ifndef __EMSCRIPTEN__  // the wasm build of the suite has no threads
/// Two threads, one taking the even tasks and this one the odd ones.
inline ParallelFor two_threads() {
  return [](size_t tasks, const std::function<void(size_t)>& task) {
    std::thread other([&]() {
      for (size_t t = 0; t < tasks; t += 2) task(t);
    });
    for (size_t t = 1; t < tasks; t += 2) task(t);
    other.join();
  };
}
#endif

}  // namespace newsprism::testing
