/** Runs a row generator to its end without pausing, and returns what it returns. */
export function drain<T>(generator: Generator<void, T>): T {
  for (;;) {
    const step = generator.next();
    if (step.done) return step.value;
  }
}
