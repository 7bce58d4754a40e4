import { STATUSES } from '@ragboard/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusTag } from './status-tag';

describe('StatusTag', () => {
  it.each(STATUSES)('shows the word %s, not only its colour', (status) => {
    render(<StatusTag status={status} />);
    expect(screen.getByText(status)).toHaveClass('govuk-tag');
  });

  it('carries the colour from the shared status model', () => {
    render(<StatusTag status="Amber" />);
    expect(screen.getByText('Amber')).toHaveClass('govuk-tag--yellow');
  });

  it('explains the status in its title', () => {
    render(<StatusTag status="Grey" />);
    expect(screen.getByTitle('Action not started')).toHaveTextContent('Grey');
  });

  it('can add the label for screen readers', () => {
    render(<StatusTag status="Red" withHiddenLabel />);
    expect(screen.getByTitle(/significantly delayed/i)).toHaveTextContent('Red (significantly delayed)');
  });
});
