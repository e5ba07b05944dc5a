// The CLI's threads, lent to the core through a ParallelFor (the core starts none itself).
#pragma once

#include "newsprism/parallel.hpp"

namespace newsprism::cli {

/// Every core of the machine (at least one): the default of --threads.
unsigned default_threads();

/// Runs tasks on `threads` threads (the calling one among them), each taking the next task as
/// it finishes one. One thread gives an empty ParallelFor: the core then runs its tasks in order
/// on the calling thread.
ParallelFor thread_pool(unsigned threads);

}  // namespace newsprism::cli
