import { describe, expect, it } from 'vitest';
import { limiter, pool } from './limiter.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('limiter', () => {
  it('runs at most n jobs at a time, all of them in the end', async () => {
    const slot = limiter(2);
    let active = 0;
    let most = 0;
    const done = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        slot(async () => {
          most = Math.max(most, ++active);
          await tick();
          active--;
          return n;
        }),
      ),
    );
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});

describe('pool', () => {
  it('makes at most n things, lends each to one job at a time and reuses it', async () => {
    let made = 0;
    const use = pool(2, async () => ({ id: ++made, busy: false }));
    const lentTwice: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () =>
        use(async (thing) => {
          if (thing.busy) lentTwice.push(thing.id);
          thing.busy = true;
          await tick();
          thing.busy = false;
        }),
      ),
    );
    expect(made).toBe(2);
    expect(lentTwice).toEqual([]);
  });

  it('takes a thing back when its job fails', async () => {
    let made = 0;
    const use = pool(1, async () => ++made);
    await expect(use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(use(async (n) => n)).resolves.toBe(1);
    expect(made).toBe(1);
  });
});
