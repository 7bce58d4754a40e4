import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planTree, sessionReply } from '../../test/factories';
import { importPreview, importRow } from '../../test/import-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const csv = (name = 'plan.csv') => new File(['priority,outcome,action\r\nP,O,Do it\r\n'], name);

async function uploadFile(user: ReturnType<typeof renderApp>['user'], file: File, title = '') {
  if (title) await user.type(await screen.findByLabelText('Plan title (optional)'), title);
  await user.upload(await screen.findByLabelText('Upload a file'), file);
  await user.click(screen.getByRole('button', { name: 'Upload and check' }));
}

const broken = importPreview({
  fileName: 'broken.csv',
  items: [
    importRow({ row: 2, action: 'Do it', dueMonth: null, status: 'Grey' }),
    importRow({ row: 3, ref: '1.1.2', action: '', status: 'Red' }),
  ],
  errors: [
    { row: 2, column: 'due', message: '31/02/2023 is not a real date' },
    { row: 3, column: 'action', message: 'The action is empty' },
    { row: 3, column: 'revisedDue', message: 'Red needs its new completion date as YYYY-MM-DD' },
  ],
});

describe('Importing a plan', () => {
  it('offers the manager an import on the plans page', async () => {
    stubApi({ '/api/auth/me': manager, '/api/plans': { body: { plans: [] } } });
    renderApp('/plans');
    expect(await screen.findByRole('link', { name: 'Import a plan from a spreadsheet' })).toHaveAttribute(
      'href',
      '/plans/import',
    );
  });

  it('refuses no file and a file of another type, before sending anything', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager });
    renderApp('/plans/import');
    // A person may choose "All files" in the browser's dialog, whatever the field accepts.
    const user = userEvent.setup({ applyAccept: false });
    await user.click(await screen.findByRole('button', { name: 'Upload and check' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a CSV or Excel (.xlsx) file' })).toHaveAttribute(
      'href',
      '#file',
    );
    expect(screen.getByLabelText('Upload a file')).toHaveAccessibleDescription(
      'A CSV or Excel (.xlsx) file of up to 5 MB Error: Select a CSV or Excel (.xlsx) file',
    );
    await uploadFile(user, new File(['%PDF'], 'plan.pdf'));
    expect(await screen.findByRole('link', { name: /must be a CSV or an Excel/ })).toBeInTheDocument();
    expect(document.title).toBe('Error: Import a plan – ragboard');
    expect(sentRequest(fetchStub, 'POST', '/api/imports')).toBeNull();
  });

  it('refuses a title of more than 300 characters on its field, before sending anything', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager });
    const { user } = renderApp('/plans/import');
    const title = await screen.findByLabelText('Plan title (optional)');
    await user.click(title);
    await user.paste('x'.repeat(301));
    await user.upload(screen.getByLabelText('Upload a file'), csv());
    await user.click(screen.getByRole('button', { name: 'Upload and check' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a title of up to 300 characters' }),
    ).toHaveAttribute('href', '#title');
    expect(title).toHaveAccessibleDescription(
      'If you leave it empty, the plan takes the file’s name Error: Enter a title of up to 300 characters',
    );
    expect(sentRequest(fetchStub, 'POST', '/api/imports')).toBeNull();
  });

  it('names the columns the API missed, and what it found, on the file field', async () => {
    const message =
      'Missing columns: expected outcome (or objective); action (or description). Found: Theme, Lead.';
    stubApi({
      '/api/auth/me': manager,
      'POST /api/imports': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message,
            details: [
              { path: 'file.outcome', message },
              { path: 'file.action', message },
            ],
          },
        },
      },
    });
    const { user } = renderApp('/plans/import');
    await uploadFile(user, csv());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([message]);
    expect(screen.getByLabelText('Upload a file')).toHaveAccessibleDescription(
      `A CSV or Excel (.xlsx) file of up to 5 MB Error: ${message}`,
    );
  });

  it('sends the title and the file, then shows each row error in its row, linked from the summary', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager, 'POST /api/imports': { body: broken } });
    const { user } = renderApp('/plans/import');
    await uploadFile(user, csv('broken.csv'), 'Next plan');
    const form = sentRequest(fetchStub, 'POST', '/api/imports')?.body as FormData;
    // The API reads only the fields sent before the file.
    expect([...form.keys()]).toEqual(['title', 'file']);
    expect(form.get('title')).toBe('Next plan');
    expect((form.get('file') as File).name).toBe('broken.csv');

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Row 2, Due: 31/02/2023 is not a real date', '#row-2'],
      ['Row 3, Action: The action is empty', '#row-3'],
      ['Row 3, Revised due date: Red needs its new completion date as YYYY-MM-DD', '#row-3'],
    ]);
    expect(document.title).toBe('Error: Check the imported plan – ragboard');

    const table = screen.getByRole('table', { name: 'Rows read from broken.csv' });
    const row3 = within(table).getByRole('rowheader', { name: /Row 3/ }).closest('tr')!;
    expect(within(row3).getByRole('rowheader')).toHaveTextContent('Row 32 errors');
    const cells = within(row3).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent('Error: The action is empty');
    expect(cells[6]).toHaveTextContent('Error: Red needs its new completion date as YYYY-MM-DD');
    expect(within(cells[6]!).getByText('Red')).toBeInTheDocument();
    const row2 = within(table).getByRole('rowheader', { name: /Row 2/ }).closest('tr')!;
    expect(within(row2).getAllByRole('cell')[5]).toHaveTextContent(
      /^Error: 31\/02\/2023 is not a real date$/,
    );

    await user.click(links[1]!);
    expect(within(table).getByRole('rowheader', { name: /Row 3/ })).toHaveFocus();
  });

  it('sends the month the statuses were true, checked first, and shows it with each Red’s warning', async () => {
    const preview = importPreview({
      asOf: '2024-03',
      items: [importRow({ row: 2, status: 'Red' }), importRow({ row: 3, ref: '1.1.2', status: 'Green' })],
      warnings: [
        {
          row: 2,
          column: 'revisedDue',
          message: 'Red without a new completion date: imported as Red, and listed on the round page',
        },
      ],
    });
    const fetchStub = stubApi({ '/api/auth/me': manager, 'POST /api/imports': { body: preview } });
    const { user } = renderApp('/plans/import');
    const month = await screen.findByRole('group', { name: 'Month the statuses were true (optional)' });
    await user.type(within(month).getByLabelText('Month'), '13');
    await user.type(within(month).getByLabelText('Year'), '2024');
    await uploadFile(user, csv());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The month the statuses were true must be a real date' }),
    ).toHaveAttribute('href', '#asOf');
    expect(sentRequest(fetchStub, 'POST', '/api/imports')).toBeNull();

    await user.clear(within(month).getByLabelText('Month'));
    await user.type(within(month).getByLabelText('Month'), '3');
    await user.click(screen.getByRole('button', { name: 'Upload and check' }));
    const form = sentRequest(fetchStub, 'POST', '/api/imports')?.body as FormData;
    expect([...form.keys()]).toEqual(['title', 'asOf', 'file']);
    expect(form.get('asOf')).toBe('2024-03');

    await screen.findByRole('heading', { level: 1, name: 'Check the plan before it is created' });
    expect(screen.getByText('Statuses recorded for').nextElementSibling).toHaveTextContent('March 2024');
    expect(screen.getByText(/1 row has a warning: it will be imported as it is/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rows read from plan.csv' });
    const row2 = within(table).getByRole('rowheader', { name: /Row 2/ }).closest('tr')!;
    expect(within(row2).getAllByRole('cell')[6]).toHaveTextContent(
      'RedWarning: Red without a new completion date',
    );
    // A warning does not stop the plan being created.
    expect(screen.getByRole('button', { name: 'Create plan' })).toBeInTheDocument();
  });

  it('refuses an "as of" month still to come before sending anything', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager });
    const { user } = renderApp('/plans/import');
    const month = await screen.findByRole('group', { name: 'Month the statuses were true (optional)' });
    await user.type(within(month).getByLabelText('Month'), '1');
    await user.type(within(month).getByLabelText('Year'), '2099');
    await uploadFile(user, csv());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'The month the statuses were true must be this month or before',
      }),
    ).toHaveAttribute('href', '#asOf');
    expect(sentRequest(fetchStub, 'POST', '/api/imports')).toBeNull();
  });

  it('offers no Create plan while the preview has errors, only another upload', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager, 'POST /api/imports': { body: broken } });
    const { user } = renderApp('/plans/import');
    await uploadFile(user, csv('broken.csv'));
    await screen.findByRole('table', { name: 'Rows read from broken.csv' });
    expect(screen.queryByRole('button', { name: 'Create plan' })).not.toBeInTheDocument();
    expect(screen.getByText(/Correct them in the file and upload it again/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Upload a different file' }));
    expect(await screen.findByLabelText('Upload a file')).toBeInTheDocument();
    expect(fetchStub.mock.calls.some(([path]) => String(path).endsWith('/commit'))).toBe(false);
  });

  it('creates the plan from a preview without errors and opens it with a success banner', async () => {
    const preview = importPreview({
      items: [
        importRow({ row: 2 }),
        importRow({ row: 3, ref: '1.1.2', leads: ['Sapphire Murray'], status: 'Green', note: 'On track' }),
      ],
    });
    const plan = planTree({ title: preview.title });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      'POST /api/imports': { body: preview },
      [`POST /api/imports/${preview.id}/commit`]: { status: 201, body: { planId: plan.id } },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp('/plans/import');
    await uploadFile(user, csv());
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Check the plan before it is created',
    });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Victoria Harvey-Higgins', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText(/will be created with 1 priority, 1 outcome and 2 actions/)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: plan.title })).toBeInTheDocument();
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Plan created from plan.csv');
    expect(banner).toHaveTextContent('It has 1 priority, 1 outcome and 2 actions, with 2 new people added.');
    expect(banner).toHaveFocus();
    expect(sentRequest(fetchStub, 'POST', `/api/imports/${preview.id}/commit`)?.headers).toMatchObject({
      'x-csrf-token': manager.body.csrfToken,
    });
  });

  it('explains a refused commit', async () => {
    const preview = importPreview();
    stubApi({
      '/api/auth/me': manager,
      'POST /api/imports': { body: preview },
      [`POST /api/imports/${preview.id}/commit`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'This import has been committed already' } },
      },
    });
    const { user } = renderApp('/plans/import');
    await uploadFile(user, csv());
    await user.click(await screen.findByRole('button', { name: 'Create plan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan could not be created');
    expect(alert).toHaveTextContent('This import has been committed already');
  });

  it('tells a board member they cannot use the page', async () => {
    stubApi({});
    renderApp('/plans/import');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
  });
});
