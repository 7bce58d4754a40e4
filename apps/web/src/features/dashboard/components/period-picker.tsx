import { formatMonth, type Month, type Period, type PlanSummary } from '@ragboard/shared';
import type { FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Select } from '../../../components/form/select';
import { pickerMonths } from '../dashboard-month';
import { MONTH_STATE_WORDS } from '../month-words';

interface PeriodPickerProps {
  periods: readonly Period[];
  shown: Month;
  /** The plan's span: no month outside it is offered (a closed plan's, never a month after it). */
  plan?: Pick<PlanSummary, 'periodStart' | 'periodEnd'>;
}

/**
 * The plan's own months, each with its state. A plain GET form: without script it reloads with
 * `?period=`; with script it only changes the URL.
 */
export function PeriodPicker({ periods, shown, plan }: PeriodPickerProps) {
  const [, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const choices = pickerMonths(periods, shown, plan);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const period = new FormData(event.currentTarget).get('period');
    if (typeof period === 'string' && period) setSearchParams({ period });
  }

  return (
    <form method="get" action={pathname} onSubmit={submit} key={shown} className="app-dashboard-period">
      <Select
        id="period"
        label="Month"
        options={choices.map(({ month, state }) => ({
          value: month,
          label: `${formatMonth(month)} (${MONTH_STATE_WORDS[state]})`,
        }))}
        defaultValue={shown}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show
      </button>
    </form>
  );
}
