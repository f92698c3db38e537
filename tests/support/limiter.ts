// At most `n` async jobs at a time: for tests that run several browsers or pages at once on the
// two cores the suite is measured on.
export function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (job) => {
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/**
 * At most `n` jobs at a time, each lent one of at most `n` things made by `make` on first need
 * and reused by the next job (browser tabs: opening a tab costs more than most checks in it).
 */
export function pool<R>(n: number, make: () => Promise<R>): <T>(job: (lent: R) => Promise<T>) => Promise<T> {
  const slot = limiter(n);
  const free: R[] = [];
  return (job) =>
    slot(async () => {
      const lent = free.pop() ?? (await make());
      try {
        return await job(lent);
      } finally {
        free.push(lent);
      }
    });
}
