import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextWithBullets } from './text-with-bullets';

describe('TextWithBullets', () => {
  it('turns "- " lines into a bulleted list after the paragraph', () => {
    render(<TextWithBullets text={'A systematic approach that utilises\n- feedback\n- data\n'} />);
    expect(screen.getByText('A systematic approach that utilises').tagName).toBe('P');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['feedback', 'data']);
  });

  it('keeps text without bullets as paragraphs', () => {
    render(<TextWithBullets text={'First line\nSecond line'} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('Second line').tagName).toBe('P');
  });

  it('can end without space for a table cell', () => {
    render(<TextWithBullets text={'Intro\n- last'} flush />);
    expect(screen.getByText('Intro')).not.toHaveClass('govuk-!-margin-bottom-0');
    expect(screen.getByRole('list')).toHaveClass('govuk-!-margin-bottom-0');
  });
});
