import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceTicks } from './scale';

describe('chart scales', () => {
  it('maps a domain onto a range in proportion, inverted ranges included', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(25)).toBe(225);
    expect(y(100)).toBe(0);
  });

  it('puts a domain of one value in the middle of the range', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('finds the extent of values, or null for none', () => {
    expect(extent([3, -1, 7])).toEqual([-1, 7]);
    expect(extent([])).toBeNull();
  });

  it('gives round ticks covering the values', () => {
    expect(niceTicks(41, 65)).toEqual([40, 45, 50, 55, 60, 65]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0.1, 0.3, 2)).toEqual([0.1, 0.2, 0.3]);
    expect(niceTicks(12, 12)).toEqual([11, 11.5, 12, 12.5, 13]);
  });
});
