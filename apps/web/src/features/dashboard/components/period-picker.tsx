import { formatMonth, type Month } from '@ragboard/shared';
import type { FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Select } from '../../../components/form/select';

/** A plain GET form: without script it reloads with `?period=`; with script it only changes the URL. */
export function PeriodPicker({ months, shown }: { months: readonly Month[]; shown: Month }) {
  const [, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const choices = [...new Set([...months, shown])].sort().reverse();

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
        options={choices.map((month) => ({ value: month, label: formatMonth(month) }))}
        defaultValue={shown}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show
      </button>
    </form>
  );
}
