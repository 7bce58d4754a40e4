import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Sparkline } from './sparkline';

describe('Sparkline', () => {
  it('draws one point per value, named by its words', () => {
    render(<Sparkline values={[41, 47.5, 52, 60]} label="From 41% in March 2023 to 60% in December 2023" />);
    const line = screen.getByRole('img', { name: 'From 41% in March 2023 to 60% in December 2023' });
    expect(line.querySelectorAll('.app-sparkline__point')).toHaveLength(4);
    expect(line.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(4);
  });

  it('rises as the values rise: a higher value is drawn nearer the top', () => {
    render(<Sparkline values={[10, 20]} label="Rising" />);
    const [first, second] = screen.getByRole('img').querySelectorAll('.app-sparkline__point');
    expect(Number(second?.getAttribute('cy'))).toBeLessThan(Number(first?.getAttribute('cy')));
  });

  it('draws a single value as one dot, with no line', () => {
    render(<Sparkline values={[52]} label="One value: 52%" />);
    const line = screen.getByRole('img', { name: 'One value: 52%' });
    expect(line.querySelectorAll('.app-sparkline__point')).toHaveLength(1);
    expect(line.querySelector('polyline')).toBeNull();
  });
});
